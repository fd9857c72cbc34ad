package io.outturn.command.imports;

/**
 * What an import did: the file it read, and per kind of thing how many were created, revised, found
 * unchanged or proposed for approval. Importing the same file again answers all unchanged.
 */
public record ImportSummary(FileRead file, Counts indicators, Counts targets, Counts programmes, Counts lines) {

    /** The file as received: its SHA-256 (the {@code source} on every event it caused) and its data rows. */
    public record FileRead(String sha256, int rows) {
    }

    /** {@code proposed}: revisions that wait for a second person's approval instead of taking effect. */
    public record Counts(int created, int revised, int unchanged, int proposed) {

        public static final Counts NONE = new Counts(0, 0, 0, 0);

        /** Counts with nothing proposed. */
        public Counts(int created, int revised, int unchanged) {
            this(created, revised, unchanged, 0);
        }
    }
}
