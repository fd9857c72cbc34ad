package io.outturn.bench;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The ceiling of reading the event store: the whole event table read straight over JDBC in global order, in pages
 * of 10,000 rows, every column fetched. Optionally each payload and its metadata are also deserialized with
 * Outturn's serializer, which shows how much of a replay's reading is JSON rather than storage.
 */
final class RawEventRead {

    record Result(long events, long bytes, double seconds, double eventsPerSecond, boolean deserialized) {
    }

    private static final int PAGE = 10_000;

    private RawEventRead() {
    }

    static Result readAll(DataSource dataSource, Serializer deserializeWith) throws SQLException {
        EventSchema schema = EventSchema.builder().build();
        String sql = "SELECT " + String.join(", ", schema.globalIndexColumn(), schema.eventIdentifierColumn(),
                schema.aggregateIdentifierColumn(), schema.sequenceNumberColumn(), schema.typeColumn(),
                schema.timestampColumn(), schema.payloadTypeColumn(), schema.payloadRevisionColumn(),
                schema.payloadColumn(), schema.metaDataColumn())
                + " FROM " + schema.domainEventTable() + " WHERE " + schema.globalIndexColumn() + " > ?"
                + " ORDER BY " + schema.globalIndexColumn() + " LIMIT " + PAGE;
        Stopwatch watch = Stopwatch.start();
        long events = 0;
        long bytes = 0;
        long after = -1;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement page = connection.prepareStatement(sql)) {
            while (true) {
                page.setLong(1, after);
                int rows = 0;
                try (ResultSet result = page.executeQuery()) {
                    while (result.next()) {
                        after = result.getLong(1);
                        bytes += result.getString(2).length() + result.getString(3).length() + result.getString(5).length()
                                + result.getString(6).length() + result.getString(7).length();
                        result.getLong(4);
                        String revision = result.getString(8);
                        byte[] payload = result.getBytes(9);
                        byte[] metaData = result.getBytes(10);
                        bytes += payload.length + metaData.length;
                        if (deserializeWith != null) {
                            SerializedType type = new SimpleSerializedType(result.getString(7), revision);
                            deserializeWith.deserialize(new SimpleSerializedObject<>(payload, byte[].class, type));
                            deserializeWith.deserialize(new SimpleSerializedObject<>(metaData, byte[].class,
                                    new SimpleSerializedType(org.axonframework.messaging.MetaData.class.getName(), null)));
                        }
                        rows++;
                    }
                }
                events += rows;
                if (rows < PAGE) {
                    break;
                }
            }
        }
        double seconds = watch.seconds();
        return new Result(events, bytes, seconds, events / seconds, deserializeWith != null);
    }
}
