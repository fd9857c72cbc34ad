package io.outturn.command.api;

import io.outturn.command.domain.GivenJustification;
import io.outturn.values.Decision;
import io.outturn.values.ReasonCode;

/**
 * {@code POST .../proposals/{proposalId}/reject}: why the proposal is turned down, as any change says why: a
 * {@code reason} (required), and optionally a {@code reasonCode} and the {@code decision}.
 */
record RejectProposalRequest(String reason, ReasonCode reasonCode, Decision decision) {

    GivenJustification justification() {
        return new GivenJustification(reasonCode, reason, decision);
    }
}
