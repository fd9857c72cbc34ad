package io.outturn.standalone.eventstore;

import java.nio.file.Path;

/**
 * The H2 database file that holds the event store, and how it is opened.
 *
 * <p>{@code WRITE_DELAY=0} is the durability contract. H2's MVStore otherwise writes committed changes to the
 * file in the background, up to half a second (the default {@code WRITE_DELAY}) after the commit returned: a
 * {@code kill -9} inside that window loses events whose commands were already answered 2xx. With 0 the commit
 * itself writes the change to the file before it returns, so it survives the death of the process (the
 * operating system holds the written data; a power cut is another matter, as H2 does not sync on every commit).
 * {@code DurabilityAfterKillTest} decides: without this setting it loses acknowledged commands.
 * {@code DB_CLOSE_ON_EXIT=FALSE} leaves closing the database to the
 * application's orderly shutdown, so H2's own shutdown hook cannot close it under event processors that are
 * still stopping.
 */
record EventStoreDatabase(Path directory) {

    static final String FILE_NAME = "outturn-events";

    String jdbcUrl() {
        return "jdbc:h2:file:" + directory.toAbsolutePath().normalize().resolve(FILE_NAME)
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }
}
