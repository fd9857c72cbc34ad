package io.outturn.command.imports;

import io.outturn.values.Money;

/**
 * How to read a savings file and, when the programme does not exist yet, what to create it with. A missing
 * title is the programme's id; a missing organisation is recorded as {@link #ORGANISATION_NOT_STATED} rather
 * than invented.
 */
public record SavingsImportOptions(AmountScale scale, String title, String organisation, Money overallTarget) {

    public static final String ORGANISATION_NOT_STATED = "not stated";

    /** Plans print savings in £000; {@code POUNDS} is for files that do not. */
    public enum AmountScale {
        THOUSANDS, POUNDS
    }

    public SavingsImportOptions {
        scale = scale == null ? AmountScale.THOUSANDS : scale;
        title = title == null || title.isBlank() ? null : title.strip();
        organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
    }

    /** Amounts in £000, and nothing said about a programme that has to be created. */
    public static SavingsImportOptions thousands() {
        return new SavingsImportOptions(AmountScale.THOUSANDS, null, null, null);
    }
}
