package io.outturn.query.audit.tripwire;

/**
 * A class that exists on the test class path and records, when the JVM initialises it, that it was loaded:
 * the reader must refuse its name without ever touching it.
 */
public final class Tripwire {

    public static final String LOADED = "outturn.test.tripwire.loaded";

    static {
        System.setProperty(LOADED, "true");
    }

    private Tripwire() {
    }
}
