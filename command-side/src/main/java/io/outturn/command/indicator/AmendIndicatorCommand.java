package io.outturn.command.indicator;

import io.outturn.command.domain.GivenJustification;
import io.outturn.command.domain.OutturnCommand;
import io.outturn.values.Baseline;
import io.outturn.values.IndicatorId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** Amends an indicator's definition: a null field is left as it is. Needs a justification when anything changes. */
public record AmendIndicatorCommand(
        @TargetAggregateIdentifier IndicatorId indicatorId,
        String title,
        String serviceGroup,
        String leadOfficer,
        BigDecimal tolerancePercent,
        Baseline baseline,
        GivenJustification justification,
        Long expectedVersion) implements OutturnCommand {

    public AmendIndicatorCommand {
        justification = justification == null ? GivenJustification.NONE : justification;
    }
}
