package io.outturn.distributed;

import java.net.URI;

/** A running Axon Server: clients connect to {@link #grpcAddress()}; its REST API is under {@link #httpBase()}. */
public interface AxonServer extends AutoCloseable {

    /** {@code host:port} of its gRPC port, as {@code AXON_AXONSERVER_SERVERS} takes it. */
    String grpcAddress();

    int grpcPort();

    URI httpBase();

    /** Where to look when something went wrong. */
    String log();

    @Override
    void close();
}
