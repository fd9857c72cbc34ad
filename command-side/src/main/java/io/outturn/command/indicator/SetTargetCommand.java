package io.outturn.command.indicator;

import io.outturn.command.domain.GivenJustification;
import io.outturn.command.domain.OutturnCommand;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Target;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Sets (or, where one exists, revises: then a justification is required) the target for one financial year.
 * {@code effectiveFrom} (when the organisation adopted it) null means now.
 */
public record SetTargetCommand(
        @TargetAggregateIdentifier IndicatorId indicatorId,
        FinancialYear fy,
        Target target,
        String printed,
        GivenJustification justification,
        Instant effectiveFrom,
        Long expectedVersion) implements OutturnCommand {

    public SetTargetCommand {
        justification = justification == null ? GivenJustification.NONE : justification;
    }
}
