package io.outturn.query.web;

import io.outturn.values.FinancialYear;
import io.outturn.values.ReasonCode;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;

/**
 * Reads query parameters into values, answering 400 with the offending parameter's name. Path variables need
 * none of this: controllers declare them with their value type ({@code IndicatorId}, {@code FinancialYear},
 * {@code ProgrammeId}, {@code LineId}), Spring converts them with the type's own factory, and a value the type
 * refuses is answered by the shared problem advice as the same 400 naming the variable.
 */
public final class RequestValues {

    /** A list's page size when none is asked for (API.md). */
    public static final int DEFAULT_PAGE_SIZE = 50;
    /** The largest page size any list answers (API.md). */
    public static final int MAX_PAGE_SIZE = 500;

    private RequestValues() {
    }

    public static FinancialYear financialYear(String text, String parameter) {
        try {
            return FinancialYear.parse(text);
        } catch (IllegalArgumentException e) {
            throw new OutturnException(ErrorCode.VALIDATION_FAILED, parameter, e.getMessage());
        }
    }

    /** The reason code named in any letter case; null when absent. */
    public static ReasonCode reasonCode(String text, String parameter) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ReasonCode.parse(text);
        } catch (IllegalArgumentException e) {
            throw new OutturnException(ErrorCode.VALIDATION_FAILED, parameter, e.getMessage());
        }
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when absent. */
    public static int boundedInt(String text, String parameter, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new OutturnException(ErrorCode.VALIDATION_FAILED, parameter,
                    parameter + " must be a whole number, not '" + text + "'");
        }
        if (value < min || value > max) {
            throw new OutturnException(ErrorCode.VALIDATION_FAILED, parameter,
                    parameter + " must be from " + min + " to " + max + ", not " + value);
        }
        return value;
    }
}
