package io.outturn.ledger;

/**
 * The ledger's fixed names: the metadata keys every hashed event carries, the hash every aggregate's chain starts
 * from, and the stream that holds the signed checkpoints. docs/ledger.md and ALGORITHM.txt describe them.
 */
public final class Ledger {

    /** Metadata key of the event's own hash: lower-case hex SHA-256 of its canonical form. */
    public static final String HASH = "ledger.hash";
    /** Metadata key of the hash of the aggregate's previous event ({@link #GENESIS} for its first). */
    public static final String PREVIOUS = "ledger.previous";
    /** Metadata keys starting with this are the ledger's own, and are left out of the canonical form. */
    public static final String RESERVED_PREFIX = "ledger.";

    /** The previous hash of every aggregate's first event: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    /**
     * The aggregate identifier of the checkpoint stream. The colon keeps it apart from every domain identifier
     * (letters, digits, '.', '_' and '-' only), so no indicator or programme can ever share it.
     */
    public static final String CHECKPOINTS = "outturn-ledger:checkpoints";
    /** The aggregate type the checkpoint stream's events are stored with. */
    public static final String CHECKPOINTS_TYPE = "LedgerCheckpoints";

    private Ledger() {
    }
}
