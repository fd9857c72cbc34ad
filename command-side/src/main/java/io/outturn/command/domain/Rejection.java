package io.outturn.command.domain;

import java.io.Serializable;

/**
 * Why the domain said no to a command: a code from the domain's own list, the command field to blame (or null)
 * and a message for people. Plain data, so that it can travel back through the command bus, Axon Server
 * included, as a failure's details; which HTTP status it answers with is the web's business, not the domain's.
 */
public record Rejection(Code code, String field, String message) implements Serializable {

    public Rejection {
        if (code == null) {
            throw new IllegalArgumentException("a rejection needs a code");
        }
    }

    /** The domain's reasons for refusing a command. Never renamed: they travel between instances. */
    public enum Code {
        /** A command value is missing or out of its range. */
        VALIDATION_FAILED,
        /** The command's aggregate does not exist; who sent it knows whether that was an indicator or a programme. */
        NOT_FOUND,
        INDICATOR_EXISTS,
        PROGRAMME_EXISTS,
        SAVINGS_LINE_EXISTS,
        TARGET_NOT_FOUND,
        SAVINGS_LINE_NOT_FOUND,
        /** A revision, correction or withdrawal must say why. */
        REASON_REQUIRED,
        QUARTER_NOT_ENDED,
        NOT_A_MILESTONE,
        FY_NOT_IN_PROGRAMME,
        SAVINGS_LINE_WITHDRAWN,
        /** The command names a version of the aggregate that is no longer the current one. */
        VERSION_CONFLICT,
        /** The command's id belongs to an aggregate of another kind (an indicator's id used for a programme). */
        ID_TAKEN,
        /** The aggregate belongs to an organisation the sender may not change. */
        OUTSIDE_SCOPE,
        /** The reason given is shorter than {@link JustificationPolicy#MINIMUM_REASON_LENGTH}. */
        REASON_TOO_SHORT,
        /** The reason code given does not fit the kind of change ({@link JustificationPolicy.Change}). */
        REASON_CODE_NOT_APPLICABLE,
        /** The change is said to take effect later than now. */
        EFFECTIVE_FROM_IN_FUTURE,
        /** The change is said to take effect before the version it replaces did. */
        EFFECTIVE_FROM_BEFORE_PREVIOUS,
        /** No such proposal is waiting for the year. */
        PROPOSAL_NOT_FOUND,
        /** The proposer may not approve their own proposal. */
        OWN_PROPOSAL,
        /** A different proposal for the year is waiting; approve or reject it first. */
        PROPOSAL_PENDING,
        /** The target a proposal would replace is no longer the one in force. */
        PROPOSAL_OUTDATED,
        /** The change needs a second person and cannot be made as it was asked. */
        APPROVAL_REQUIRED
    }
}
