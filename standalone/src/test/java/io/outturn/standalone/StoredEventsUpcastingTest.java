package io.outturn.standalone;

import com.zaxxer.hikari.HikariDataSource;
import io.outturn.events.ActualCorrectedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.events.TargetWithdrawnEvent;
import io.outturn.events.testsupport.StoredEvent;
import io.outturn.standalone.OutturnHttp.Answer;
import io.outturn.values.Justification;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event store written by the code of revision 1 keeps serving standalone, where both sides run in one JVM: NI130's
 * rows as that code stored them (target 12,000 for 2011-12 revised to 9,000 with the reason "x") are put into the
 * H2 event table, then read back by the event store and by the projections at revision 2, through the one chain
 * of upcasters both sides share.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "outturn.demo-data.enabled=false")
@DirtiesContext
class StoredEventsUpcastingTest {

    private static final List<String> NI130_AT_REVISION_1 = List.of(
            "01-ni130-defined",
            "02-ni130-target-2011-12-set-12000",
            "03-ni130-target-2011-12-revised-to-9000-reason-x",
            "04-ni130-target-2012-13-set-14000",
            "05-ni130-target-2012-13-withdrawn",
            "06-ni130-actual-2011-12-q1-recorded",
            "07-ni130-actual-2011-12-q1-corrected",
            "08-ni130-amended");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("outturn.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    HikariDataSource eventStoreDataSource;
    @Autowired
    EventStore eventStore;

    /** Once for the class: the context, and so the data directory, is shared by its tests. */
    @BeforeEach
    void storeNi130AsRevision1StoredIt() throws SQLException {
        try (Connection connection = eventStoreDataSource.getConnection();
             ResultSet stored = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = 'NI130'")) {
            stored.next();
            if (stored.getLong(1) > 0) {
                return;
            }
        }
        try (Connection connection = eventStoreDataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO DomainEventEntry (eventIdentifier,"
                     + " type, aggregateIdentifier, sequenceNumber, timeStamp, payloadType, payloadRevision, payload,"
                     + " metaData) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (String name : NI130_AT_REVISION_1) {
                StoredEvent row = StoredEvent.revision1(name);
                insert.setString(1, row.eventIdentifier());
                insert.setString(2, row.aggregateType());
                insert.setString(3, row.aggregateIdentifier());
                insert.setLong(4, row.sequenceNumber());
                insert.setString(5, row.timestamp());
                insert.setString(6, row.payloadType());
                insert.setString(7, row.payloadRevision());
                insert.setBytes(8, row.payload().getBytes(StandardCharsets.UTF_8));
                insert.setBytes(9, row.metaData().getBytes(StandardCharsets.UTF_8));
                insert.executeUpdate();
            }
        }
    }

    @Test
    void bothSidesInOneJvmRegisterTheUpcastersOnce() {
        assertThat(context.getBeansOfType(EventUpcaster.class)).containsOnlyKeys("outturnEventUpcasters");
    }

    @Test
    void theEventStoreReadsRevision1RowsAsRevision2() {
        List<? extends DomainEventMessage<?>> read = eventStore.readEvents("NI130").asStream().toList();

        assertThat(read).hasSize(NI130_AT_REVISION_1.size());
        TargetSetEvent revised = (TargetSetEvent) read.get(2).getPayload();
        assertThat(revised.justification()).isEqualTo(Justification.other("x"));
        assertThat(((TargetSetEvent) read.get(1).getPayload()).justification()).isNull();
        assertThat(((TargetWithdrawnEvent) read.get(4).getPayload()).justification())
                .isEqualTo(Justification.other("Dropped from the refreshed plan"));
        assertThat(((ActualCorrectedEvent) read.get(6).getPayload()).justification())
                .isEqualTo(Justification.other("Restated after the SWIFT reconciliation"));
        assertThat(read.get(2).getMetaData()).containsEntry("reason", "x");
    }

    @Test
    void theProjectionsReadRevision1RowsAsRevision2() throws Exception {
        Answer card = new OutturnHttp(OutturnHttp.client(), URI.create("http://127.0.0.1:" + port + "/"), "viewer", "viewer")
                .get("api/indicators/NI130/status/2011-12?waitForVersion=8");

        assertThat(card.status()).as(card.toString()).isEqualTo(200);
        assertThat(card.json().at("/target/value").decimalValue()).isEqualByComparingTo("9000");
        assertThat(card.json().at("/actuals/Q1/value").decimalValue()).isEqualByComparingTo("8210");
        assertThat(card.json().path("version").asLong()).isEqualTo(8);
    }
}
