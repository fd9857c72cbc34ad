package io.outturn.command.indicator;

import io.outturn.command.domain.OutturnCommand;
import io.outturn.values.Baseline;
import io.outturn.values.Framework;
import io.outturn.values.IndicatorId;
import io.outturn.values.Polarity;
import io.outturn.values.RollUp;
import io.outturn.values.Tolerance;
import io.outturn.values.Unit;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** Defines a new indicator. {@code tolerancePercent} null means {@link Tolerance#DEFAULT}. */
public record DefineIndicatorCommand(
        @TargetAggregateIdentifier IndicatorId indicatorId,
        String title,
        String organisation,
        String serviceGroup,
        String leadOfficer,
        Framework framework,
        Unit unit,
        Polarity polarity,
        RollUp rollUp,
        BigDecimal tolerancePercent,
        Baseline baseline) implements OutturnCommand {

    @Override
    public Long expectedVersion() {
        return null;
    }
}
