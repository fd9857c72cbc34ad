package io.outturn.command.api;

/** {@code POST .../proposals/{proposalId}/reject}: why the proposal is rejected (required: 409 REASON_REQUIRED). */
record RejectProposalRequest(String reason) {
}
