package io.outturn.command.api;

import io.outturn.values.ChangeReference;
import io.outturn.values.Target;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code target: {kind, value?, inclusive?, low?, high?, changePercent?, changeAbsolute?, reference?,
 * description?}}: one flat shape for every kind, so a client builds it without knowing Java's type names.
 * A field that does not belong to the kind is refused rather than ignored: a {@code value} sent with a
 * {@code RANGE} is a client's mistake that would otherwise be recorded silently.
 */
record TargetRequest(
        @NotNull Kind kind,
        BigDecimal value,
        Boolean inclusive,
        BigDecimal low,
        BigDecimal high,
        BigDecimal changePercent,
        BigDecimal changeAbsolute,
        ChangeReference reference,
        String description) {

    enum Kind { AT_LEAST, AT_MOST, RANGE, CHANGE, MILESTONE, TO_BE_CONFIRMED }

    private static final String PREFIX = "target.";

    Target toTarget() {
        onlyThese(switch (kind) {
            case AT_LEAST, AT_MOST -> new String[] {"value", "inclusive"};
            case RANGE -> new String[] {"low", "high"};
            case CHANGE -> new String[] {"changePercent", "changeAbsolute", "reference"};
            case MILESTONE -> new String[] {"description"};
            case TO_BE_CONFIRMED -> new String[] {};
        });
        try {
            return switch (kind) {
                case AT_LEAST -> new Target.AtLeast(required(value, "value"), inclusive == null || inclusive);
                case AT_MOST -> new Target.AtMost(required(value, "value"), inclusive == null || inclusive);
                case RANGE -> new Target.Range(required(low, "low"), required(high, "high"));
                case CHANGE -> new Target.Change(changePercent, changeAbsolute, reference);
                case MILESTONE -> new Target.Milestone(description);
                case TO_BE_CONFIRMED -> new Target.ToBeConfirmed();
            };
        } catch (Target.InvalidTargetException invalid) {
            throw new OutturnException(ErrorCode.VALIDATION_FAILED, PREFIX + invalid.field(), invalid.getMessage());
        }
    }

    private <T> T required(T given, String field) {
        if (given == null) {
            throw new OutturnException(ErrorCode.VALIDATION_FAILED, PREFIX + field,
                    field + " is required for a " + kind + " target");
        }
        return given;
    }

    private void onlyThese(String... allowed) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("value", value);
        given.put("inclusive", inclusive);
        given.put("low", low);
        given.put("high", high);
        given.put("changePercent", changePercent);
        given.put("changeAbsolute", changeAbsolute);
        given.put("reference", reference);
        given.put("description", description);
        for (String field : allowed) {
            given.remove(field);
        }
        given.forEach((field, content) -> {
            if (content != null) {
                throw new OutturnException(ErrorCode.VALIDATION_FAILED, PREFIX + field,
                        field + " does not apply to a " + kind + " target");
            }
        });
    }
}
