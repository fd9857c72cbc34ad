package io.outturn.command.indicator;

import io.outturn.command.domain.GivenJustification;
import io.outturn.command.domain.OutturnCommand;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Quarter;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Records a quarter's actual. A different value for a quarter already recorded is a correction and needs a
 * justification; the same value again is a no-op. {@code effectiveFrom} (when the figure was published) null means now.
 */
public record RecordActualCommand(
        @TargetAggregateIdentifier IndicatorId indicatorId,
        FinancialYear fy,
        Quarter quarter,
        BigDecimal value,
        String note,
        GivenJustification justification,
        Instant effectiveFrom,
        Long expectedVersion) implements OutturnCommand {

    public RecordActualCommand {
        justification = justification == null ? GivenJustification.NONE : justification;
    }
}
