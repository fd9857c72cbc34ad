package io.outturn.command.indicator;

import io.outturn.command.domain.OutturnCommand;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Quarter;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Records a quarter's actual. A different value for a quarter already recorded is a correction and needs a
 * reason; the same value again is a no-op.
 */
public record RecordActualCommand(
        @TargetAggregateIdentifier IndicatorId indicatorId,
        FinancialYear fy,
        Quarter quarter,
        BigDecimal value,
        String note,
        String reason,
        Long expectedVersion) implements OutturnCommand {
}
