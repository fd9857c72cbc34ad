package io.outturn.standalone.eventstore;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Standalone's event store files as another program opens them: the JDBC URL (and with it the durability
 * settings) of {@link EventStoreDatabase} and the tables of {@link H2EventTableFactory}, both of which stay
 * package-private. The benchmark measures its raw ceilings through this seam, on exactly what standalone uses
 * rather than a copy of it.
 */
public final class EventStoreFiles {

    private EventStoreFiles() {
    }

    /** The JDBC URL standalone would open for an event store in {@code directory}. */
    public static String jdbcUrl(Path directory) {
        return new EventStoreDatabase(directory).jdbcUrl();
    }

    /** Creates standalone's event and snapshot tables, with Axon's default names, if they do not exist yet. */
    public static void createTables(Connection connection, EventSchema schema) throws SQLException {
        try (PreparedStatement events = H2EventTableFactory.INSTANCE.createDomainEventTable(connection, schema);
             PreparedStatement snapshots = H2EventTableFactory.INSTANCE.createSnapshotEventTable(connection, schema)) {
            events.execute();
            snapshots.execute();
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
