package io.outturn.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.bson.Document;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Query latency as one client sees it, one request after another, beside the same read done straight with the
 * MongoDB driver inside the process (no HTTP, no security, no mapping): what the store itself needs to answer.
 */
final class QueryLatency {

    static final String DRIVER_READ = "raw driver read";
    static final String EVENT_STORE_READ = "raw read of the aggregate's events from the event table by its "
            + "(aggregate, sequence) index";

    /**
     * One query: its HTTP request for sample {@code i}, and the raw read of the store Outturn answers it from
     * ({@code rawName}: a MongoDB driver read, or the event table for histories); optionally the same question
     * answered another way, for comparison.
     */
    record Query(String name, OutturnClient.User user, IntFunction<String> path, String rawName, IntPredicate raw,
                 String alternativeName, IntPredicate alternative) {

        Query(String name, OutturnClient.User user, IntFunction<String> path, IntPredicate raw) {
            this(name, user, path, DRIVER_READ, raw, null, null);
        }
    }

    /** @param alternative the same question answered from another store, when there is one worth knowing */
    record Result(String name, String example, String rawName, Latencies.Summary outturn, Latencies.Summary raw, long failures,
                  String sampleFailure, long rawFailures, String sampleRawFailure, String alternativeName,
                  Latencies.Summary alternative, boolean tooSlowToRepeat) {
    }

    /**
     * Reads one aggregate's events recorded up to {@code upTo} straight from the event table, by the unique
     * (aggregate identifier, sequence number) index, payloads and metadata included; answers how many there were.
     */
    static int eventsUpTo(DataSource eventStore, String aggregateId, Instant upTo) {
        EventSchema schema = EventSchema.builder().build();
        String sql = "SELECT " + String.join(", ", schema.sequenceNumberColumn(), schema.timestampColumn(),
                schema.payloadTypeColumn(), schema.payloadColumn(), schema.metaDataColumn())
                + " FROM " + schema.domainEventTable() + " WHERE " + schema.aggregateIdentifierColumn() + " = ?"
                + " ORDER BY " + schema.sequenceNumberColumn();
        try (Connection connection = eventStore.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, aggregateId);
            int count = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (!DateTimeUtils.parseInstant(rows.getString(2)).isAfter(upTo)) {
                        rows.getBytes(4);
                        rows.getBytes(5);
                        count++;
                    }
                }
            }
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the events of " + aggregateId, e);
        }
    }

    /**
     * Whether to ask once more: up to the scale's number of samples within its time, and at least
     * {@link #MIN_SAMPLES} even when that takes longer, but never past three times the time.
     */
    private boolean more(int asked, Stopwatch watch) {
        long max = scale.queryMaxDuration().toSeconds();
        return asked < scale.querySamples()
                && (asked < MIN_SAMPLES || watch.seconds() < max)
                && watch.seconds() < 3 * max;
    }

    /** Even a slow query is asked this many times, however long it takes. */
    private static final int MIN_SAMPLES = 5;

    private final OutturnClient http;
    private final Scale scale;

    QueryLatency(OutturnClient http, Scale scale) {
        this.http = http;
        this.scale = scale;
    }

    Result measure(Query query) {
        // The first request tells whether the query is usable at this size at all: one that takes longer than the
        // scale's whole time for a query is measured by that request and a single raw read, not ten more of each.
        Stopwatch probe = Stopwatch.start();
        OutturnClient.Response first = http.get(query.user(), query.path().apply(0));
        long firstNanos = probe.nanos();
        double slowAfter = Double.parseDouble(System.getProperty("bench.slow-query-seconds",
                String.valueOf(scale.queryMaxDuration().toSeconds())));
        boolean slow = firstNanos / 1e9 > slowAfter;

        Outcomes outturn = new Outcomes();
        Outcomes raw = new Outcomes();
        if (slow) {
            outturn.add(first, firstNanos);
            raw.time(() -> query.raw().test(0));
        } else {
            warmUp(query);
            Stopwatch watch = Stopwatch.start();
            for (int i = 0; more(i, watch); i++) {
                long started = System.nanoTime();
                OutturnClient.Response response = http.get(query.user(), query.path().apply(i));
                outturn.add(response, System.nanoTime() - started);
            }
            watch = Stopwatch.start();
            for (int i = 0; more(i, watch); i++) {
                int sample = i;
                raw.time(() -> query.raw().test(sample));
            }
        }
        Outcomes alternative = new Outcomes();
        if (query.alternative() != null) {
            Stopwatch watch = Stopwatch.start();
            for (int i = 0; more(i, watch); i++) {
                int sample = i;
                alternative.time(() -> query.alternative().test(sample));
            }
        }
        return new Result(query.name(), query.path().apply(0), query.rawName(), outturn.latencies.summary(),
                raw.latencies.summary(),
                outturn.failures, outturn.sampleFailure, raw.failures, raw.sampleFailure, query.alternativeName(),
                query.alternative() == null ? null : alternative.latencies.summary(), slow);
    }

    private void warmUp(Query query) {
        Stopwatch warming = Stopwatch.start();
        for (int i = 1; i < scale.queryWarmup() && warming.seconds() < scale.queryMaxDuration().toSeconds() / 4.0; i++) {
            http.get(query.user(), query.path().apply(i));
            try {
                query.raw().test(i);
            } catch (RuntimeException e) {
                // Counted when measured, not while warming up.
            }
        }
    }

    /** Latencies of the answers that came, and what failed. */
    private static final class Outcomes {
        private final Latencies latencies = new Latencies();
        private long failures;
        private String sampleFailure;

        void add(OutturnClient.Response response, long nanos) {
            if (response.ok()) {
                latencies.record(nanos);
            } else {
                fail(response.status() + " " + response.body());
            }
        }

        void time(BooleanSupplier read) {
            long started = System.nanoTime();
            try {
                if (read.getAsBoolean()) {
                    latencies.record(System.nanoTime() - started);
                } else {
                    fail("the read found nothing");
                }
            } catch (RuntimeException e) {
                fail(e.toString());
            }
        }

        private void fail(String why) {
            failures++;
            if (sampleFailure == null) {
                sampleFailure = why.length() > 300 ? why.substring(0, 300) + "..." : why;
            }
        }
    }

    /** The queries of the issue on the county's read models. */
    static List<Query> countyQueries(County county, MongoDatabase db, DataSource eventStore) {
        List<String> ids = county.sampleIndicatorIds(200);
        List<String> years = county.years().stream().map(Object::toString).toList();
        int pages = Math.max(1, (county.indicatorCount() + 499) / 500);
        MongoCollection<Document> cards = db.getCollection("kpi_status");
        MongoCollection<Document> yoy = db.getCollection("year_on_year");
        MongoCollection<Document> audit = db.getCollection("audit_log");
        Document newestFirst = new Document("recordedAt", -1).append("recordedAtNano", -1).append("aggregateId", -1)
                .append("sequence", -1).append("_id", -1);
        String heavy = county.heavyIndicatorId();
        String asOf = county.heavyAsOf().toString();
        Date asOfDate = Date.from(county.heavyAsOf());
        List<Query> queries = new ArrayList<>();
        queries.add(new Query("status card", OutturnClient.User.VIEWER,
                i -> "/api/indicators/" + ids.get(i % ids.size()) + "/status/" + years.get(i % years.size()),
                i -> cards.find(new Document("_id", ids.get(i % ids.size()) + "|" + years.get(i % years.size())))
                        .first() != null));
        queries.add(new Query("page of 500 status cards", OutturnClient.User.VIEWER,
                i -> "/api/indicators?fy=" + years.get(i % years.size()) + "&page=" + (i / years.size()) % pages + "&size=500",
                i -> {
                    Document filter = new Document("fy", years.get(i % years.size()));
                    cards.countDocuments(filter);
                    List<Document> page = cards.find(filter).sort(new Document("indicatorId", 1).append("fy", 1))
                            .skip(500 * ((i / years.size()) % pages)).limit(500).into(new ArrayList<>());
                    return !page.isEmpty();
                }));
        queries.add(new Query("year-on-year", OutturnClient.User.VIEWER,
                i -> "/api/indicators/" + ids.get(i % ids.size()) + "/year-on-year",
                i -> yoy.find(new Document("_id", ids.get(i % ids.size()))).first() != null));
        // Outturn answers an aggregate's audit page and its asOf card from the event store; the audit_log read is
        // how they were answered before, kept for comparison.
        queries.add(new Query("audit page (one indicator, 50 newest)", OutturnClient.User.AUDITOR,
                i -> "/api/audit?aggregateId=" + ids.get(i % ids.size()) + "&size=50",
                EVENT_STORE_READ, i -> eventsUpTo(eventStore, ids.get(i % ids.size()), Instant.MAX) > 0,
                "the same page from audit_log by a secondary-index query, as before",
                i -> {
                    Document filter = new Document("aggregateId", ids.get(i % ids.size()));
                    audit.countDocuments(filter);
                    return !audit.find(filter).sort(newestFirst).limit(50).into(new ArrayList<>()).isEmpty();
                }));
        queries.add(new Query("audit page (whole county, 50 newest)", OutturnClient.User.AUDITOR,
                i -> "/api/audit?size=50",
                i -> {
                    audit.countDocuments();
                    return !audit.find().sort(newestFirst).limit(50).into(new ArrayList<>()).isEmpty();
                }));
        queries.add(new Query("status card as of a past date (1,000-event indicator)", OutturnClient.User.AUDITOR,
                i -> "/api/indicators/" + heavy + "/status/" + county.heavyAsOfYear() + "?asOf=" + asOf,
                EVENT_STORE_READ, i -> eventsUpTo(eventStore, heavy, county.heavyAsOf()) > 0,
                "the same events from audit_log by a secondary-index query, as before",
                i -> !audit.find(new Document("aggregateId", heavy).append("recordedAt", new Document("$lte", asOfDate)))
                        .sort(new Document("sequence", 1)).into(new ArrayList<>()).isEmpty()));
        return queries;
    }
}
