package io.outturn.command.domain;


import java.math.BigDecimal;

/** The field checks every command handler makes, each naming the offending field in its rejection. */
public final class Require {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Require() {
    }

    public static <T> T nonNull(T value, String field) {
        if (value == null) {
            throw new RejectedException(Rejection.Code.VALIDATION_FAILED, field, field + " is required");
        }
        return value;
    }

    /** The value without surrounding white space. */
    public static String nonBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RejectedException(Rejection.Code.VALIDATION_FAILED, field, field + " must not be blank");
        }
        return value.strip();
    }

    public static BigDecimal percentage(BigDecimal value, String field) {
        nonNull(value, field);
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new RejectedException(Rejection.Code.VALIDATION_FAILED, field,
                    field + " must be from 0 to 100, not " + value.toPlainString());
        }
        return value;
    }

    /** Optional free text: null when absent or blank, otherwise without surrounding white space. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
