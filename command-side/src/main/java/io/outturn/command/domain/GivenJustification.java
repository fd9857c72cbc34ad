package io.outturn.command.domain;

import io.outturn.values.Decision;
import io.outturn.values.Justification;
import io.outturn.values.ReasonCode;

/**
 * Why a command says its change is made, as the client gave it: any part may be missing. The aggregate turns it
 * into the event's {@link Justification} with {@link JustificationPolicy}, once it knows what kind of change the
 * command is (a first setting needs none; a revision, correction or withdrawal does).
 *
 * @param reasonCode the kind of reason, or null for {@link ReasonCode#OTHER}
 * @param reason     the reason in words, or null
 * @param decision   the decision that authorised the change, or null
 */
public record GivenJustification(ReasonCode reasonCode, String reason, Decision decision) {

    /** Nothing given. */
    public static final GivenJustification NONE = new GivenJustification(null, null, null);

    public GivenJustification {
        reason = Require.optionalText(reason);
    }

    /** A reason in words only, as every client sent before reason codes. */
    public static GivenJustification reason(String reason) {
        return new GivenJustification(null, reason, null);
    }

    /** Whether nothing at all was given. */
    public boolean isEmpty() {
        return reasonCode == null && reason == null && decision == null;
    }
}
