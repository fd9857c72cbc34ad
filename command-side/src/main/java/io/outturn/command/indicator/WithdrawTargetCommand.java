package io.outturn.command.indicator;

import io.outturn.command.domain.OutturnCommand;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws the target for one financial year; needs a reason. */
public record WithdrawTargetCommand(
        @TargetAggregateIdentifier IndicatorId indicatorId,
        FinancialYear fy,
        String reason,
        Long expectedVersion) implements OutturnCommand {
}
