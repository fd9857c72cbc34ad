package io.outturn.query.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.outturn.values.ChangeReference;
import io.outturn.values.PrintedTarget;
import io.outturn.values.Target;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A target as a card shows it: the fields of its kind (as the command API takes them), the text as printed in
 * the plan, when the organisation adopted it ({@code effectiveFrom}), and for a CHANGE the threshold it resolved to
 * ({@code resolved}, absent while the reference value is unknown). Fields that do not apply are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetView(String kind, BigDecimal value, Boolean inclusive, BigDecimal low, BigDecimal high,
                         BigDecimal changePercent, BigDecimal changeAbsolute, ChangeReference reference,
                         String description, String printed, Instant effectiveFrom, TargetView resolved) {

    /**
     * The view of {@code inForce}, or null when there is none; {@code effective} is what it was judged as and
     * {@code effectiveFrom} when it took effect.
     */
    static TargetView of(PrintedTarget inForce, Target effective, Instant effectiveFrom) {
        if (inForce == null) {
            return null;
        }
        TargetView plain = plain(inForce.target(), inForce.printed(), effectiveFrom);
        if (inForce.target() instanceof Target.Change && effective != null && !(effective instanceof Target.Change)) {
            return plain.withResolved(plain(effective, null, null));
        }
        return plain;
    }

    private static TargetView plain(Target target, String printed, Instant effectiveFrom) {
        if (target instanceof Target.AtLeast atLeast) {
            return new TargetView(target.kind(), atLeast.value(), atLeast.inclusive(), null, null, null, null, null, null, printed, effectiveFrom, null);
        }
        if (target instanceof Target.AtMost atMost) {
            return new TargetView(target.kind(), atMost.value(), atMost.inclusive(), null, null, null, null, null, null, printed, effectiveFrom, null);
        }
        if (target instanceof Target.Range range) {
            return new TargetView(target.kind(), null, null, range.low(), range.high(), null, null, null, null, printed, effectiveFrom, null);
        }
        if (target instanceof Target.Change change) {
            return new TargetView(target.kind(), null, null, null, null, change.changePercent(), change.changeAbsolute(),
                    change.reference(), null, printed, effectiveFrom, null);
        }
        if (target instanceof Target.Milestone milestone) {
            return new TargetView(target.kind(), null, null, null, null, null, null, null, milestone.description(), printed, effectiveFrom, null);
        }
        return new TargetView(target.kind(), null, null, null, null, null, null, null, null, printed, effectiveFrom, null);
    }

    private TargetView withResolved(TargetView threshold) {
        return new TargetView(kind, value, inclusive, low, high, changePercent, changeAbsolute, reference, description,
                printed, effectiveFrom, threshold);
    }
}
