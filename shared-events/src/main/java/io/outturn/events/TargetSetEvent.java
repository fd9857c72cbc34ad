package io.outturn.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.PrintedTarget;
import io.outturn.values.Target;
import org.axonframework.serialization.Revision;

/**
 * A target was set for one financial year. When {@code previous} is not null this is a revision and the
 * reason is in the event's metadata; {@code printed} is the target as the plan printed it (may be null).
 */
@Revision("1")
public record TargetSetEvent(
        IndicatorId indicatorId,
        FinancialYear fy,
        Target target,
        String printed,
        Target previous,
        String previousPrinted) implements IndicatorEvent {

    @JsonIgnore
    public boolean isRevision() {
        return previous != null;
    }

    /** The target set, with its printed text. */
    @JsonIgnore
    public PrintedTarget printedTarget() {
        return new PrintedTarget(target, printed);
    }

    /** The target this one replaced, with its printed text; null when this is the first. */
    @JsonIgnore
    public PrintedTarget previousPrintedTarget() {
        return PrintedTarget.orNull(previous, previousPrinted);
    }
}
