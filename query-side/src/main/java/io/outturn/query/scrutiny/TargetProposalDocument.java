package io.outturn.query.scrutiny;

import io.outturn.query.indicator.TargetProposal;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import org.springframework.data.annotation.Id;

import java.time.Instant;

/**
 * A {@code target_proposals} document: one proposed revision, {@code _id} {@code <indicatorId>|<proposalId>},
 * replaced as it is decided. The fields the list filters and sorts on are copied beside it.
 */
record TargetProposalDocument(@Id String id, TargetProposal.Status status, IndicatorId indicatorId, String organisation,
                              FinancialYear fy, Instant proposedAt, TargetProposal proposal) {

    static final String COLLECTION = "target_proposals";

    static TargetProposalDocument of(TargetProposal proposal, String organisation) {
        return new TargetProposalDocument(proposal.indicatorId().value() + "|" + proposal.proposalId().value(),
                proposal.status(), proposal.indicatorId(), organisation, proposal.fy(),
                proposal.proposed().recordedAt(), proposal);
    }
}
