package io.outturn.bench;

import io.outturn.values.FinancialYear;
import io.outturn.values.Polarity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Commands through the HTTP API by 1, 8 or 32 clients at once, each sending its next command as soon as the last
 * one answered: a mix of target settings and revisions (40%), quarterly actuals and their corrections (40%) and
 * savings-line revisions (20%) across many aggregates, every one a real change (a fresh value each time) so that
 * every command stores an event. Each client count works on aggregates of its own, so that a later run does not
 * load histories grown by an earlier one.
 */
final class CommandLoad {

    record Result(int clients, long commands, double seconds, double commandsPerSecond, Latencies.Summary latency,
                  long rejected, List<String> sampleRejections) {
    }

    record IndicatorUnderLoad(String id, Polarity polarity) {
    }

    private static final List<FinancialYear> YEARS = List.of(FinancialYear.parse("2011-12"),
            FinancialYear.parse("2012-13"), FinancialYear.parse("2013-14"));
    private static final String[] QUARTERS = {"Q1", "Q2", "Q3", "Q4"};

    private final OutturnClient http;
    private final Scale scale;
    private final List<IndicatorArchetype> archetypes = IndicatorArchetype.fromDemoPlan();
    private final List<SavingsHistory.Line> lines = SavingsHistory.seedLines();
    private final AtomicLong fresh = new AtomicLong(1);

    CommandLoad(OutturnClient http, Scale scale) {
        this.http = http;
        this.scale = scale;
    }

    /** The aggregates one client count works on, defined and created over HTTP before the clock starts. */
    record Prepared(int clients, List<IndicatorUnderLoad> indicators, List<String> programmes) {
    }

    Prepared prepare(int clients) throws Exception {
        String prefix = "load" + clients;
        return new Prepared(clients, defineIndicators(prefix), createProgrammes(prefix));
    }

    Result run(Prepared prepared) throws Exception {
        int clients = prepared.clients();
        List<IndicatorUnderLoad> indicators = prepared.indicators();
        List<String> programmes = prepared.programmes();
        long measureFrom = System.nanoTime() + scale.commandWarmup().toNanos();
        long measureTo = measureFrom + scale.commandDuration().toNanos();
        Latencies latencies = new Latencies();
        AtomicLong rejected = new AtomicLong();
        ConcurrentLinkedQueue<String> rejections = new ConcurrentLinkedQueue<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            Random random = new Random(31L * clients + c);
            Thread client = new Thread(() -> {
                try {
                    while (true) {
                        long started = System.nanoTime();
                        if (started >= measureTo) {
                            return;
                        }
                        OutturnClient.Response response = sendOne(random, indicators, programmes);
                        long ended = System.nanoTime();
                        if (started >= measureFrom && ended <= measureTo) {
                            if (response.ok()) {
                                latencies.record(ended - started);
                            } else {
                                rejected.incrementAndGet();
                                if (rejections.size() < 3) {
                                    rejections.add(response.status() + " " + response.body());
                                }
                            }
                        }
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + c);
            client.start();
        }
        done.await();
        if (failure.get() != null) {
            throw new IllegalStateException("a client failed", failure.get());
        }
        double seconds = scale.commandDuration().toNanos() / 1e9;
        return new Result(clients, latencies.count(), seconds, latencies.count() / seconds, latencies.summary(),
                rejected.get(), List.copyOf(rejections));
    }

    private OutturnClient.Response sendOne(Random random, List<IndicatorUnderLoad> indicators, List<String> programmes) {
        double pick = random.nextDouble();
        long value = fresh.getAndIncrement();
        FinancialYear fy = YEARS.get(random.nextInt(YEARS.size()));
        if (pick < 0.4) {
            IndicatorUnderLoad indicator = indicators.get(random.nextInt(indicators.size()));
            return http.put(OutturnClient.User.MANAGER, "/api/indicators/" + indicator.id() + "/targets/" + fy,
                    "{\"target\": " + target(indicator.polarity(), value) + ", \"printed\": \"" + value
                            + "\", \"reason\": \"Cabinet approved stretch target\"}");
        }
        if (pick < 0.8) {
            IndicatorUnderLoad indicator = indicators.get(random.nextInt(indicators.size()));
            return http.put(OutturnClient.User.MANAGER, "/api/indicators/" + indicator.id() + "/actuals/" + fy + "/"
                            + QUARTERS[random.nextInt(4)],
                    "{\"value\": " + value + ", \"reason\": \"Restated after data validation\"}");
        }
        String programme = programmes.get(random.nextInt(programmes.size()));
        SavingsHistory.Line line = lines.get(random.nextInt(scale.commandLinesPerProgramme()));
        return http.put(OutturnClient.User.MANAGER, "/api/savings-programmes/" + programme + "/lines/" + line.lineId(),
                String.format(Locale.ROOT, "{\"profile\": {\"2011-12\": %d, \"2012-13\": %d, \"2013-14\": 0},"
                        + " \"reason\": \"Homecare restructure delayed by six months\"}", 1000 * value, 500 * value));
    }

    private static String target(Polarity polarity, long value) {
        if (polarity == Polarity.LOWER_IS_BETTER) {
            return "{\"kind\": \"AT_MOST\", \"value\": " + value + "}";
        }
        if (polarity == Polarity.WITHIN_RANGE) {
            return "{\"kind\": \"RANGE\", \"low\": " + value + ", \"high\": " + (value + 20) + "}";
        }
        return "{\"kind\": \"AT_LEAST\", \"value\": " + value + "}";
    }

    private List<IndicatorUnderLoad> defineIndicators(String prefix) throws Exception {
        List<IndicatorUnderLoad> indicators = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < scale.commandIndicatorsPerLevel(); i++) {
            IndicatorArchetype a = archetypes.get(i % archetypes.size());
            String id = prefix + "-" + i;
            indicators.add(new IndicatorUnderLoad(id, a.polarity()));
            bodies.add(String.format(Locale.ROOT, "{\"id\": \"%s\", \"title\": %s, \"organisation\": %s, "
                            + "\"framework\": \"%s\", \"unit\": \"%s\", \"polarity\": \"%s\", \"rollUp\": \"%s\", "
                            + "\"baseline\": {\"value\": %s, \"fy\": \"2010-11\"}}",
                    id, Json.string(a.title()), Json.string(a.organisation()), a.framework(), a.unit(),
                    a.polarity(), a.rollUp(), a.typicalValue().toPlainString()));
        }
        inParallel(bodies, body -> http.expectOk(http.post(OutturnClient.User.MANAGER, "/api/indicators", body),
                "defining an indicator"));
        return indicators;
    }

    private List<String> createProgrammes(String prefix) throws Exception {
        List<String> programmes = new ArrayList<>();
        for (int p = 0; p < scale.commandProgrammesPerLevel(); p++) {
            String id = prefix + "-savings-" + p;
            programmes.add(id);
        }
        inParallel(programmes, id -> http.expectOk(http.post(OutturnClient.User.MANAGER, "/api/savings-programmes",
                "{\"id\": \"" + id + "\", \"title\": \"Savings and efficiencies programme 2011-14\", "
                        + "\"organisation\": " + Json.string(SavingsHistory.ORGANISATION) + ", "
                        + "\"financialYears\": [\"2011-12\", \"2012-13\", \"2013-14\"], \"overallTarget\": 63833000}"),
                "creating a savings programme"));
        inParallel(programmes, id -> {
            for (SavingsHistory.Line line : lines.subList(0, scale.commandLinesPerProgramme())) {
                StringBuilder profile = new StringBuilder("{");
                line.profile().asMap().forEach((fy, amount) -> profile.append(profile.length() > 1 ? ", " : "")
                        .append('"').append(fy).append("\": ").append(amount.value().toPlainString()));
                profile.append('}');
                http.expectOk(http.post(OutturnClient.User.MANAGER, "/api/savings-programmes/" + id + "/lines",
                        "{\"lineId\": \"" + line.lineId() + "\", \"ref\": " + Json.string(line.ref())
                                + ", \"title\": " + Json.string(line.title()) + ", \"serviceArea\": "
                                + Json.string(line.serviceArea()) + ", \"profile\": " + profile + "}"),
                        "adding a savings line");
            }
            return null;
        });
        return programmes;
    }

    private interface Call<T> {
        Object apply(T item) throws Exception;
    }

    /** Set-up requests, eight at a time; not measured. */
    private static <T> void inParallel(List<T> items, Call<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (T item : items) {
                results.add(pool.submit(() -> call.apply(item)));
            }
            for (Future<Object> result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
