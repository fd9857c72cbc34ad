package io.outturn.query.ledger;

import io.outturn.ledger.Break;
import io.outturn.ledger.Problem;

/**
 * An aggregate's first broken link, as the verification report names it.
 *
 * @param problem     the stable name of what is wrong ({@code HASH_MISMATCH}, {@code MISSING}, ...)
 * @param description the same in words
 * @param detail      the figures that show it
 */
record BrokenLink(String aggregateId, long sequence, Problem problem, String description, String detail) {

    static BrokenLink of(Break broken) {
        return new BrokenLink(broken.aggregateId(), broken.sequence(), broken.problem(), broken.problem().text(),
                broken.detail());
    }
}
