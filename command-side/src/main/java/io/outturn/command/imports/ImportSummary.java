package io.outturn.command.imports;

/**
 * What an import did: the file it read, and per kind of thing how many were created, revised or found
 * unchanged. Importing the same file again answers all unchanged.
 */
public record ImportSummary(FileRead file, Counts indicators, Counts targets, Counts programmes, Counts lines) {

    /** The file as received: its SHA-256 (the {@code source} on every event it caused) and its data rows. */
    public record FileRead(String sha256, int rows) {
    }

    public record Counts(int created, int revised, int unchanged) {

        public static final Counts NONE = new Counts(0, 0, 0);
    }
}
