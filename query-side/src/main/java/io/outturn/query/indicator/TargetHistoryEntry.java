package io.outturn.query.indicator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.outturn.values.Decision;
import io.outturn.values.PrintedTarget;
import io.outturn.values.ProposalId;
import io.outturn.values.ReasonCode;
import io.outturn.values.Target;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * One change to a target: what it became ({@code set}, null for a withdrawal), what it was before
 * ({@code replaced}, null for the first), who changed it, why ({@code reason} as the metadata carries it; the
 * {@code reasonCode} and {@code decision} of its justification, null for a first setting) and when: recorded at
 * {@code recordedAt}, in effect from {@code effectiveFrom}; {@code version} is the indicator's version after it;
 * {@code flags}, the scrutiny flags it raised, printed only when there are any; {@code approval}, for a version a
 * second person approved, who proposed and who approved it, and when.
 * API.md prints each printed target flat, {@code target}/{@code printed} and {@code previous}/{@code previousPrinted},
 * each null when absent.
 */
@JsonPropertyOrder({"version", "target", "printed", "previous", "previousPrinted", "withdrawn"})
record TargetHistoryEntry(
        long version,
        @JsonIgnore PrintedTarget set,
        @JsonIgnore PrintedTarget replaced,
        String actor,
        String reason,
        ReasonCode reasonCode,
        Decision decision,
        Instant effectiveFrom,
        Instant recordedAt,
        String eventId,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ScrutinyFlag> flags,
        @JsonInclude(JsonInclude.Include.NON_NULL) Approval approval) {

    TargetHistoryEntry {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /**
     * A version that carried out an approved proposal: who proposed it and when, who approved it and when (the
     * entry's own actor and time are the approver's, who recorded it).
     */
    record Approval(ProposalId proposalId, String proposedBy, Instant proposedAt, String approvedBy, Instant approvedAt) {

        static Approval of(TargetProposal proposal) {
            FlaggedEvent decided = proposal.decided();
            return new Approval(proposal.proposalId(), proposal.proposed().actor(), proposal.proposed().recordedAt(),
                    decided == null ? null : decided.actor(), decided == null ? null : decided.recordedAt());
        }
    }

    @JsonProperty
    boolean withdrawn() {
        return set == null;
    }

    @JsonProperty
    Target target() {
        return part(set, PrintedTarget::target);
    }

    @JsonProperty
    String printed() {
        return part(set, PrintedTarget::printed);
    }

    @JsonProperty
    Target previous() {
        return part(replaced, PrintedTarget::target);
    }

    @JsonProperty
    String previousPrinted() {
        return part(replaced, PrintedTarget::printed);
    }

    private static <T> T part(PrintedTarget printedTarget, Function<PrintedTarget, T> part) {
        return printedTarget == null ? null : part.apply(printedTarget);
    }
}
