package io.outturn.web.problem;

import java.util.Optional;

/**
 * The stable codes clients switch on, each with the HTTP status it answers with. Codes are never renamed:
 * add new ones instead.
 */
public enum ErrorCode {
    VALIDATION_FAILED(400, "The request is not valid"),
    MALFORMED_REQUEST(400, "The request body could not be read"),
    INVALID_PATH(400, "The request path is not valid"),
    UNAUTHENTICATED(401, "Authentication is required"),
    FORBIDDEN(403, "Not allowed for your role"),
    OUTSIDE_SCOPE(403, "Not one of the organisations you may change"),
    NOT_FOUND(404, "No such resource"),
    INDICATOR_NOT_FOUND(404, "No such indicator"),
    TARGET_NOT_FOUND(404, "No such target"),
    PROGRAMME_NOT_FOUND(404, "No such savings programme"),
    SAVINGS_LINE_NOT_FOUND(404, "No such savings line"),
    DEAD_LETTER_NOT_FOUND(404, "No such dead letter"),
    CHECKPOINT_NOT_FOUND(404, "No checkpoint of the ledger has been taken yet"),
    PROPOSAL_NOT_FOUND(404, "No such proposal is waiting"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Cannot answer in the requested media type"),
    INDICATOR_EXISTS(409, "The indicator already exists"),
    PROGRAMME_EXISTS(409, "The savings programme already exists"),
    SAVINGS_LINE_EXISTS(409, "The savings line already exists"),
    REASON_REQUIRED(409, "A reason is required"),
    QUARTER_NOT_ENDED(409, "The quarter has not ended"),
    NOT_A_MILESTONE(409, "The target is not a milestone"),
    FY_NOT_IN_PROGRAMME(409, "The financial year is not covered by the programme"),
    SAVINGS_LINE_WITHDRAWN(409, "The savings line has been withdrawn"),
    REASON_TOO_SHORT(409, "The reason is too short to say why"),
    REASON_CODE_NOT_APPLICABLE(409, "The reason code does not fit this change"),
    EFFECTIVE_FROM_IN_FUTURE(409, "A change cannot take effect later than now"),
    EFFECTIVE_FROM_BEFORE_PREVIOUS(409, "A change cannot take effect before the version it replaces"),
    BUSINESS_RULE_VIOLATED(409, "A business rule was violated"),
    ID_TAKEN(409, "The id is already taken"),
    REQUEST_TIMEOUT(408, "The request took too long to arrive"),
    LEDGER_BROKEN(409, "The ledger is broken: it cannot be checkpointed"),
    CHECKPOINT_REQUIRED(409, "No signed checkpoint covers these events yet"),
    CONCURRENT_CHANGE(409, "Changed by other requests at the same time"),
    OWN_PROPOSAL(409, "A proposal must be approved by someone other than its proposer"),
    PROPOSAL_PENDING(409, "Another proposal for this target is waiting for approval"),
    PROPOSAL_OUTDATED(409, "The target the proposal would replace is no longer in force"),
    APPROVAL_REQUIRED(409, "This change needs a second person's approval"),
    VERSION_CONFLICT(412, "The resource has changed since the version you gave"),
    PAYLOAD_TOO_LARGE(413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    TOO_MANY_REQUESTS(429, "Too many requests at once"),
    SERVICE_UNAVAILABLE(503, "The service is not available"),
    CHECKPOINTS_NOT_CONFIGURED(503, "No key to sign checkpoints of the ledger is configured"),
    INTERNAL_ERROR(500, "Internal error");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /**
     * The code an error answered with only a status (by the servlet container, by Spring for its own exceptions)
     * is given; empty for a status no code stands for.
     */
    public static Optional<ErrorCode> forStatus(int status) {
        return Optional.ofNullable(switch (status) {
            case 400 -> VALIDATION_FAILED;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 408 -> REQUEST_TIMEOUT;
            case 409 -> BUSINESS_RULE_VIOLATED;
            case 412 -> VERSION_CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 500 -> INTERNAL_ERROR;
            // Tomcat's answer to a method it implements for no one (CONNECT): the client's doing, not ours.
            case 501 -> METHOD_NOT_ALLOWED;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> null;
        });
    }
}
