package io.outturn.values;

import java.net.URI;
import java.time.LocalDate;

/**
 * The decision that authorised a change, as the organisation records it: e.g. reference {@code Cabinet 12 March
 * 2011, minute 45}, decided by {@code Cabinet}, on 2011-03-12, with a link to the published minutes.
 *
 * @param reference how the decision is cited; required
 * @param decidedBy the body or role that decided (never a person's name); may be null
 * @param decidedOn the date of the decision; may be null
 * @param uri where the decision is published; may be null, absolute when given (a relative link cannot be
 *            followed from an audit report)
 */
public record Decision(String reference, String decidedBy, LocalDate decidedOn, URI uri) {

    public Decision {
        reference = Texts.required(reference, "decision reference");
        decidedBy = Texts.optional(decidedBy);
        if (uri != null && !uri.isAbsolute()) {
            throw new IllegalArgumentException("decision uri must be absolute, not '" + uri + "'");
        }
    }
}
