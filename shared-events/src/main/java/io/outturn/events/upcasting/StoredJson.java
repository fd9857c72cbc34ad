package io.outturn.events.upcasting;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The one rule for reading what the event store holds: with limits at least as loose as anything a writer could
 * have put there. A stored event is history and cannot be rewritten, so Jackson's guards for untrusted input (a
 * number of at most 1,000 characters, among others) must never stop a reader of the store: an earlier version once
 * stored a target of 100,001 digits (issue 9). Request bodies are read with strict limits elsewhere; this is only for
 * what was already accepted. Used by Axon's serializer of stored messages and by the upcasters, which read a stored
 * payload before the serializer does.
 */
public final class StoredJson {

    private StoredJson() {
    }

    /**
     * Read limits no tighter than what a writer nesting at most {@code writerMaxNestingDepth} levels could produce:
     * no limit on the length of a number, a string, a name or the document.
     */
    public static StreamReadConstraints readLimits(int writerMaxNestingDepth) {
        return StreamReadConstraints.builder()
                .maxNumberLength(Integer.MAX_VALUE)
                .maxStringLength(Integer.MAX_VALUE)
                .maxNameLength(Integer.MAX_VALUE)
                .maxDocumentLength(-1)
                .maxNestingDepth(Math.max(writerMaxNestingDepth, StreamReadConstraints.defaults().getMaxNestingDepth()))
                .build();
    }
}
