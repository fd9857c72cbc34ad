package io.outturn.command.imports;

import io.outturn.command.domain.CommandResult;

/** Counts the outcomes of one kind of command while an import is applied. */
final class Tally {

    private int created;
    private int revised;
    private int unchanged;
    private int proposed;

    void created() {
        created++;
    }

    /**
     * A command against something that already existed: a revision if it changed anything, a proposal if it must
     * wait for a second person.
     */
    void revisedOrUnchanged(CommandResult result) {
        if (result.proposalId() != null) {
            proposed++;
        } else if (result.changed()) {
            revised++;
        } else {
            unchanged++;
        }
    }

    void unchanged() {
        unchanged++;
    }

    ImportSummary.Counts counts() {
        return new ImportSummary.Counts(created, revised, unchanged, proposed);
    }
}
