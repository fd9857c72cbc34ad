package io.outturn.events;

import io.outturn.values.FinancialYear;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import org.axonframework.serialization.Revision;

import java.util.List;

/** A savings programme was created over the given financial years; {@code overallTarget} may be null. */
@Revision("1")
public record SavingsProgrammeCreatedEvent(
        ProgrammeId programmeId,
        String title,
        String organisation,
        List<FinancialYear> financialYears,
        Money overallTarget) implements SavingsProgrammeEvent {

    public SavingsProgrammeCreatedEvent {
        financialYears = financialYears == null ? List.of() : List.copyOf(financialYears);
    }
}
