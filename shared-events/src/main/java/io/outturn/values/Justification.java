package io.outturn.values;

/**
 * Why a change (a revision, correction, withdrawal or amendment) was made: its kind, the reason in words and,
 * optionally, the decision that authorised it.
 *
 * <p>No minimum length is imposed here: events recorded before reason codes existed said {@code x} or
 * {@code import}, and they must still load. How much a new reason must say is the command side's policy.
 *
 * @param code     the kind of reason; required
 * @param reason   the reason in words; required
 * @param decision the decision that authorised the change; may be null
 */
public record Justification(ReasonCode code, String reason, Decision decision) {

    public Justification {
        if (code == null) {
            throw new IllegalArgumentException("reason code is missing");
        }
        reason = Texts.required(reason, "reason");
    }

    /** A reason given in words only, as every reason was before reason codes: {@link ReasonCode#OTHER}, no decision. */
    public static Justification other(String reason) {
        return new Justification(ReasonCode.OTHER, reason, null);
    }
}
