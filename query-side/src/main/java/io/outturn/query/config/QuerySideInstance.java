package io.outturn.query.config;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * This query-side instance's name among the others: its process ({@code pid@host}, what Axon names a token's owner
 * by default) and, for the rare JVM that runs more than one query side, which one. Claims in the token store and
 * heartbeats carry it.
 */
public record QuerySideInstance(String id) {

    private static final AtomicInteger IN_THIS_JVM = new AtomicInteger();

    public static QuerySideInstance ofThisProcess() {
        return new QuerySideInstance(ManagementFactory.getRuntimeMXBean().getName() + "#" + IN_THIS_JVM.incrementAndGet());
    }
}
