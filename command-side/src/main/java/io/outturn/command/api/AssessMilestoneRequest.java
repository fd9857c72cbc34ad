package io.outturn.command.api;

import io.outturn.command.domain.GivenJustification;
import io.outturn.command.indicator.AssessMilestoneCommand;
import io.outturn.values.Assessment;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import jakarta.validation.constraints.NotNull;

/** {@code PUT /api/indicators/{id}/milestones/{fy}}. */
record AssessMilestoneRequest(@NotNull Assessment assessment, String note, String reason) {

    AssessMilestoneCommand toCommand(IndicatorId id, FinancialYear fy, Long expectedVersion) {
        return new AssessMilestoneCommand(id, fy, assessment, note, GivenJustification.reason(reason), null,
                expectedVersion);
    }
}
