package io.outturn.command.api;

import io.outturn.command.indicator.AssessMilestoneCommand;
import io.outturn.values.Assessment;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.web.input.InputLimits;
import io.outturn.web.input.MaxLength;
import jakarta.validation.constraints.NotNull;

/** {@code PUT /api/indicators/{id}/milestones/{fy}}. */
record AssessMilestoneRequest(@NotNull Assessment assessment,
                              @MaxLength(InputLimits.TEXT_LENGTH) String note,
                              @MaxLength(InputLimits.TEXT_LENGTH) String reason) {

    AssessMilestoneCommand toCommand(IndicatorId id, FinancialYear fy, Long expectedVersion) {
        return new AssessMilestoneCommand(id, fy, assessment, note, reason, expectedVersion);
    }
}
