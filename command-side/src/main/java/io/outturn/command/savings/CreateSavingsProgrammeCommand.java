package io.outturn.command.savings;

import io.outturn.command.domain.OutturnCommand;
import io.outturn.values.FinancialYear;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Creates a savings programme over the given financial years; {@code overallTarget} may be null. */
public record CreateSavingsProgrammeCommand(
        @TargetAggregateIdentifier ProgrammeId programmeId,
        String title,
        String organisation,
        List<FinancialYear> financialYears,
        Money overallTarget) implements OutturnCommand {

    @Override
    public Long expectedVersion() {
        return null;
    }
}
