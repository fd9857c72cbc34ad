package io.outturn.command.api;

import io.outturn.command.domain.GivenJustification;
import io.outturn.command.indicator.AssessMilestoneCommand;
import io.outturn.values.Assessment;
import io.outturn.values.Decision;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.ReasonCode;
import jakarta.validation.constraints.NotNull;

/** {@code PUT /api/indicators/{id}/milestones/{fy}}: a reassessment may say why. */
record AssessMilestoneRequest(@NotNull Assessment assessment, String note, String reason, ReasonCode reasonCode,
                              Decision decision, EffectiveFrom effectiveFrom) {

    AssessMilestoneCommand toCommand(IndicatorId id, FinancialYear fy, Long expectedVersion) {
        return new AssessMilestoneCommand(id, fy, assessment, note,
                new GivenJustification(reasonCode, reason, decision), EffectiveFrom.instantOf(effectiveFrom),
                expectedVersion);
    }
}
