package io.outturn.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import io.outturn.values.PrintedTarget;
import io.outturn.values.Target;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The target for one financial year was withdrawn.
 *
 * @param previous        what was in force until now
 * @param previousPrinted the withdrawn target as printed; may be null
 * @param justification   why it was withdrawn (revision 2)
 * @param effectiveFrom   when the organisation withdrew it; null means when it was recorded (revision 2)
 */
@Revision("2")
public record TargetWithdrawnEvent(
        IndicatorId indicatorId,
        FinancialYear fy,
        Target previous,
        String previousPrinted,
        Justification justification,
        Instant effectiveFrom) implements IndicatorEvent, Justified, EffectiveDated {

    /** The withdrawn target, with its printed text. */
    @JsonIgnore
    public PrintedTarget previousPrintedTarget() {
        return PrintedTarget.orNull(previous, previousPrinted);
    }
}
