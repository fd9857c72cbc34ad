package io.outturn.command.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.outturn.values.ProposalId;

/**
 * What every command answers. {@code version} is the number of events the aggregate has after the command
 * (1 after creation), the value of the {@code ETag} and of {@code If-Match}; {@code changed} is false when the
 * command was a no-op and emitted nothing. {@code proposalId} names the proposal a revision became instead of taking
 * effect (it waits for a second person); absent otherwise.
 */
public record CommandResult(String id, long version, boolean changed,
                            @JsonInclude(JsonInclude.Include.NON_NULL) ProposalId proposalId) {

    /** The answer of a command that proposed nothing. */
    public CommandResult(String id, long version, boolean changed) {
        this(id, version, changed, null);
    }

    /** This answer, for a revision that became (or already was) the proposal {@code proposal}. */
    public CommandResult proposing(ProposalId proposal) {
        return new CommandResult(id, version, changed, proposal);
    }
}
