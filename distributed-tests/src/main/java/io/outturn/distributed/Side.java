package io.outturn.distributed;

/** The two runnable jars of the distributed set-up, each named as its service in {@code docker/compose.yaml}. */
public enum Side {
    COMMAND_SIDE("command-side"),
    QUERY_SIDE("query-side");

    private final String service;

    Side(String service) {
        this.service = service;
    }

    /** The service in {@code docker/compose.yaml}, the module and the jar's name. */
    public String service() {
        return service;
    }
}
