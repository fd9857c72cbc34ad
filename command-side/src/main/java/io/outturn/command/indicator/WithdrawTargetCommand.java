package io.outturn.command.indicator;

import io.outturn.command.domain.GivenJustification;
import io.outturn.command.domain.OutturnCommand;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Withdraws the target for one financial year; needs a justification. {@code effectiveFrom} null means now. */
public record WithdrawTargetCommand(
        @TargetAggregateIdentifier IndicatorId indicatorId,
        FinancialYear fy,
        GivenJustification justification,
        Instant effectiveFrom,
        Long expectedVersion) implements OutturnCommand {

    public WithdrawTargetCommand {
        justification = justification == null ? GivenJustification.NONE : justification;
    }
}
