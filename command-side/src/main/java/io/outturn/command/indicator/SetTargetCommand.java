package io.outturn.command.indicator;

import io.outturn.command.domain.OutturnCommand;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Target;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets (or, where one exists, revises: then a reason is required) the target for one financial year. */
public record SetTargetCommand(
        @TargetAggregateIdentifier IndicatorId indicatorId,
        FinancialYear fy,
        Target target,
        String printed,
        String reason,
        Long expectedVersion) implements OutturnCommand {
}
