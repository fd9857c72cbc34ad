package io.outturn.command.api;

import io.outturn.values.ChangeReference;
import io.outturn.values.Target;
import io.outturn.web.input.CheckedRequest;
import io.outturn.web.input.InputLimits;
import io.outturn.web.input.MaxLength;
import io.outturn.web.problem.FieldProblem;
import io.outturn.web.problem.OutturnException;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code target: {kind, value?, inclusive?, low?, high?, changePercent?, changeAbsolute?, reference?,
 * description?}}: one flat shape for every kind, so a client builds it without knowing Java's type names.
 * A field that does not belong to the kind is refused rather than ignored: a {@code value} sent with a
 * {@code RANGE} is a client's mistake that would otherwise be recorded silently. The request body reader asks
 * for {@link #problems()} and lists them with the request's other problems.
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
        @MaxLength(InputLimits.PRINTED_LENGTH) String description) implements CheckedRequest {

    enum Kind { AT_LEAST, AT_MOST, RANGE, CHANGE, MILESTONE, TO_BE_CONFIRMED }

    private static final String PREFIX = "target.";

    @Override
    public List<FieldProblem> problems() {
        if (kind == null) {
            return List.of();
        }
        List<FieldProblem> problems = new ArrayList<>(fieldsNotOfTheKind());
        if (problems.isEmpty()) {
            try {
                build();
            } catch (Missing missing) {
                problems.add(new FieldProblem(missing.field, missing.getMessage()));
            } catch (Target.InvalidTargetException invalid) {
                problems.add(new FieldProblem(invalid.field(), invalid.getMessage()));
            }
        }
        return problems;
    }

    /** The target; the request has been checked by then, so a refusal here is the request's field after all. */
    Target toTarget() {
        List<FieldProblem> problems = problems();
        if (!problems.isEmpty()) {
            throw OutturnException.invalid(problems.stream()
                    .map(problem -> new FieldProblem(PREFIX + problem.field(), problem.message())).toList());
        }
        return build();
    }

    private Target build() {
        return switch (kind) {
            case AT_LEAST -> new Target.AtLeast(required(value, "value"), inclusive == null || inclusive);
            case AT_MOST -> new Target.AtMost(required(value, "value"), inclusive == null || inclusive);
            case RANGE -> new Target.Range(required(low, "low"), required(high, "high"));
            case CHANGE -> new Target.Change(changePercent, changeAbsolute, reference);
            case MILESTONE -> new Target.Milestone(description);
            case TO_BE_CONFIRMED -> new Target.ToBeConfirmed();
        };
    }

    private List<FieldProblem> fieldsNotOfTheKind() {
        List<String> allowed = switch (kind) {
            case AT_LEAST, AT_MOST -> List.of("value", "inclusive");
            case RANGE -> List.of("low", "high");
            case CHANGE -> List.of("changePercent", "changeAbsolute", "reference");
            case MILESTONE -> List.of("description");
            case TO_BE_CONFIRMED -> List.of();
        };
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("value", value);
        given.put("inclusive", inclusive);
        given.put("low", low);
        given.put("high", high);
        given.put("changePercent", changePercent);
        given.put("changeAbsolute", changeAbsolute);
        given.put("reference", reference);
        given.put("description", description);
        List<FieldProblem> problems = new ArrayList<>();
        given.forEach((field, content) -> {
            if (content != null && !allowed.contains(field)) {
                problems.add(new FieldProblem(field, field + " does not apply to a " + kind + " target"));
            }
        });
        return problems;
    }

    private <T> T required(T given, String field) {
        if (given == null) {
            throw new Missing(field, field + " is required for a " + kind + " target");
        }
        return given;
    }

    /** A field the kind needs is absent. */
    private static final class Missing extends RuntimeException {

        private final String field;

        Missing(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}
