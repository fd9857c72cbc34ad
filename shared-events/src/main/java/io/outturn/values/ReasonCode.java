package io.outturn.values;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What kind of reason a revision, correction or withdrawal had, so that auditors can count and filter them
 * (how many targets were eased by policy, how many figures restated) without reading every sentence.
 */
public enum ReasonCode {
    /** The plan was rebaselined: targets re-derived from a new starting point. */
    REBASELINE,
    /** A change of policy or priorities decided by the organisation. */
    POLICY_CHANGE,
    /** What the indicator measures, or how, changed. */
    DEFINITION_CHANGE,
    /** The source data was restated (a late return, a reconciliation). */
    DATA_RESTATEMENT,
    /** A mistake in what was recorded is put right. */
    ERROR_CORRECTION,
    /** Savings moved between years without changing what is saved overall. */
    REPHASING,
    /** Anything else, and every reason given in words only (including every one recorded before reason codes existed). */
    OTHER;

    /**
     * The code named by {@code text}, in any letter case ({@code rebaseline}, {@code Rebaseline}): clients type
     * these by hand in query strings. Written back always as the constant's name.
     *
     * @throws IllegalArgumentException naming the codes there are, when {@code text} is none of them
     */
    @JsonCreator
    public static ReasonCode parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(code -> code.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a reason code: one of "
                        + Arrays.stream(values()).map(ReasonCode::name).collect(Collectors.joining(", "))));
    }
}
