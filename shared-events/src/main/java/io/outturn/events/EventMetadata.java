package io.outturn.events;

/**
 * The metadata keys every event carries. The actor always comes from authentication, never from a request body.
 */
public final class EventMetadata {

    /** The authenticated principal's name. */
    public static final String ACTOR = "actor";
    /** Why a revision, correction or withdrawal was made; absent where the command had none. */
    public static final String REASON = "reason";
    /** Ties every event of one request together, and to the logs. */
    public static final String CORRELATION_ID = "correlationId";
    /** {@code api}, or {@code import:<sha-256 of the file>}. */
    public static final String SOURCE = "source";

    public static final String SOURCE_API = "api";

    private EventMetadata() {
    }

    public static String importSource(String sha256Hex) {
        return "import:" + sha256Hex;
    }
}
