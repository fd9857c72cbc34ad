package io.outturn.command.api;

import io.outturn.command.domain.GivenJustification;
import io.outturn.values.Decision;
import io.outturn.values.ReasonCode;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Why a change is made, given as query parameters where a request has no JSON body to carry it (a {@code DELETE},
 * an import of a file): {@code reason}, {@code reasonCode} (any letter case) and the decision as
 * {@code decisionReference}, {@code decidedBy}, {@code decidedOn} (a date) and {@code decisionUri} (absolute).
 * A client that sends only {@code ?reason=} gets what it always got, with the code OTHER. Bound as text, so that a
 * value its type refuses is answered here, naming the parameter.
 */
public record JustificationParameters(String reason, String reasonCode, String decisionReference, String decidedBy,
                                      String decidedOn, String decisionUri) {

    /** What the parameters say; {@link GivenJustification#NONE} when none is given. */
    public GivenJustification given() {
        return new GivenJustification(code(), reason, decision());
    }

    private ReasonCode code() {
        if (blank(reasonCode)) {
            return null;
        }
        try {
            return ReasonCode.parse(reasonCode);
        } catch (IllegalArgumentException unknown) {
            throw invalid("reasonCode", unknown.getMessage());
        }
    }

    private Decision decision() {
        if (blank(decisionReference)) {
            if (!blank(decidedBy) || !blank(decidedOn) || !blank(decisionUri)) {
                throw invalid("decisionReference", "a decision needs its reference, such as "
                        + "'Cabinet 12 March 2011, minute 45', when decidedBy, decidedOn or decisionUri is given");
            }
            return null;
        }
        LocalDate on = null;
        if (!blank(decidedOn)) {
            try {
                on = LocalDate.parse(decidedOn.strip());
            } catch (DateTimeParseException notADate) {
                throw invalid("decidedOn", "decidedOn must be a date such as 2011-03-12, not '" + decidedOn + "'");
            }
        }
        URI uri = null;
        if (!blank(decisionUri)) {
            try {
                uri = URI.create(decisionUri.strip());
            } catch (IllegalArgumentException notAUri) {
                throw invalid("decisionUri", "decisionUri must be an absolute URI, not '" + decisionUri + "'");
            }
        }
        try {
            return new Decision(decisionReference, decidedBy, on, uri);
        } catch (IllegalArgumentException refused) {
            throw invalid("decisionUri", refused.getMessage());
        }
    }

    private static OutturnException invalid(String parameter, String message) {
        return new OutturnException(ErrorCode.VALIDATION_FAILED, parameter, message);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
