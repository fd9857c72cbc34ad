package io.outturn.distributed;

import com.fasterxml.jackson.databind.JsonNode;
import io.outturn.distributed.IndicatorModel.Expected;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.awaitility.Awaitility.await;

/**
 * The distributed set-up for real: a real Axon Server (event store and message router), a MongoDB wire server
 * for the read models, two command sides and two query sides, each a process of its own started from the jars
 * this build made, each with the environment {@code docker/compose.yaml} gives it. The tests run in order on the
 * one set-up, each leaving it as the next expects; every answer a command gets is checked against a model of
 * what the rules say it must be. Logs of every process: {@code distributed-tests/target/distributed/}.
 *
 * <p>Skipped, with the reason, where neither the Axon Server jar ({@code ../shared/tools/axonserver}) nor a
 * Docker engine is available or the sides' jars have not been built; with {@code CI=true} that is a failure.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class DistributedOutturnIT {

    private static final Logger log = LoggerFactory.getLogger(DistributedOutturnIT.class);

    /** Four JVMs, Axon Server and MongoDB share two cores: small heaps, quick start. */
    private static final String SIDE_JAVA_OPTIONS = "-Xmx320m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1";
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final Duration SCALE_OUT_LIMIT = Duration.ofMinutes(1);
    private static final String SAVINGS_PROGRAMME = "notts-asch-pp-2011-14";
    private static final int SAVINGS_LINES = 53;

    private static DistributedOutturn outturn;
    private static OutturnProcess commandSide1;
    private static OutturnProcess commandSide2;
    private static OutturnProcess querySide1;
    private static OutturnProcess querySide2;
    /** The measures whose answers are modelled; NI130 is left to the rejection and race tests. */
    private static final List<IndicatorModel> MODELS = Measures.ALL.stream()
            .filter(measure -> !measure.code().equals("NI130"))
            .map(measure -> new IndicatorModel(measure, measure.code()))
            .toList();
    /** NI130's version after the last command on it. */
    private static long ni130Version;

    @BeforeAll
    static void startTheDistributedSetUp() throws IOException {
        Prerequisites prerequisites = Prerequisites.fromSystemProperties();
        Optional<String> missing = prerequisites.missing();
        if (missing.isPresent()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true, so the distributed suite must run, but it cannot: " + missing.get());
            }
            // Failsafe counts a class aborted before its first test as "Tests run: 0" and prints no reason: say it here.
            log.warn("The distributed suite is skipped: {}", missing.get());
            Assumptions.abort("The distributed suite is skipped: " + missing.get());
        }
        Path logs = Path.of(System.getProperty("outturn.distributed.logs", "target/distributed")).toAbsolutePath();
        deleteRecursively(logs);
        log.info("Starting Axon Server ({}) and MongoDB; logs in {}", prerequisites.axonServerSource(), logs);
        outturn = DistributedOutturn.start(prerequisites, logs.resolve("work"), logs, SIDE_JAVA_OPTIONS);
        // The query sides start once there are events, so that they build their read models from a store that
        // has some; command side 2 joins later, in the test of routing changes.
        commandSide1 = outturn.commandSide("command-side-1").start();
        commandSide2 = outturn.commandSide("command-side-2");
        querySide1 = outturn.querySide("query-side-1");
        querySide2 = outturn.querySide("query-side-2");
        commandSide1.awaitHealthy();
        log.info("Axon Server at {}, {} up", outturn.axonServer().grpcAddress(), commandSide1);
    }

    @AfterAll
    static void stopEveryProcess() {
        if (outturn != null) {
            outturn.close();
        }
        ChildProcesses.stopAll();
    }

    @Test
    @Order(1)
    void rejectionCodesComeBackThroughAxonServer() {
        Api manager = manager(commandSide1);
        Measures.Measure ni130 = Measures.ALL.stream().filter(m -> m.code().equals("NI130")).findFirst().orElseThrow();

        Api.Answer defined = manager.post("api/indicators", ni130.defineBody("NI130"));
        Api.Answer again = manager.post("api/indicators", ni130.defineBody("NI130"));
        Api.Answer target = manager.put("api/indicators/NI130/targets/2011-12",
                ni130.targetBody(new BigDecimal("12000"), null));
        Api.Answer unexplained = manager.put("api/indicators/NI130/targets/2011-12",
                ni130.targetBody(new BigDecimal("14000"), null));
        Api.Answer stale = manager.putIfMatch("api/indicators/NI130/targets/2011-12",
                ni130.targetBody(new BigDecimal("14000"), "Cabinet raised the ambition"), 1);
        Api.Answer tooEarly = manager.put("api/indicators/NI130/actuals/2030-31/Q1", Map.of("value", 15000));
        Api.Answer unknown = manager.put("api/indicators/NI999/targets/2011-12",
                ni130.targetBody(new BigDecimal("1"), null));
        Api.Answer programme = manager.post("api/savings-programmes", Map.of(
                "id", "notts-rejections", "title", "Savings and efficiencies 2011-14",
                "organisation", "Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)",
                "financialYears", List.of("2011-12", "2012-13", "2013-14")));
        Api.Answer outsideTheProgramme = manager.post("api/savings-programmes/notts-rejections/lines", Map.of(
                "lineId", "adult-social-care-1a", "ref", "1a",
                "title", "Increased charges - Meals & Impact of Day Service charge with new personal budgets",
                "serviceArea", "Adult Social Care", "profile", Map.of("2014-15", 400000)));

        assertSoftly(softly -> {
            softly.assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
            softly.assertThat(again.code()).as(again.toString()).isEqualTo("INDICATOR_EXISTS");
            softly.assertThat(target.version()).as(target.toString()).isEqualTo(2);
            softly.assertThat(unexplained.status()).as(unexplained.toString()).isEqualTo(409);
            softly.assertThat(unexplained.code()).as(unexplained.toString()).isEqualTo("REASON_REQUIRED");
            softly.assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
            softly.assertThat(stale.code()).as(stale.toString()).isEqualTo("VERSION_CONFLICT");
            softly.assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(409);
            softly.assertThat(tooEarly.code()).as(tooEarly.toString()).isEqualTo("QUARTER_NOT_ENDED");
            softly.assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
            softly.assertThat(unknown.code()).as(unknown.toString()).isEqualTo("INDICATOR_NOT_FOUND");
            softly.assertThat(programme.status()).as(programme.toString()).isEqualTo(201);
            softly.assertThat(outsideTheProgramme.status()).as(outsideTheProgramme.toString()).isEqualTo(409);
            softly.assertThat(outsideTheProgramme.code()).as(outsideTheProgramme.toString()).isEqualTo("FY_NOT_IN_PROGRAMME");
        });
        ni130Version = target.version();
    }

    /** The query sides start now, on a store that has events, and build their read models from them. */
    @Test
    @Order(2)
    void aSavingsProgrammeImportedThroughOneCommandSideIsTotalledOnBothQuerySides() throws IOException {
        String csv = Files.readString(outturn.repositoryFile("standalone/src/main/resources/demo/savings-2011-14.csv"),
                StandardCharsets.UTF_8);
        Api.Answer imported = manager(commandSide1).postCsv("api/imports/savings-programmes/" + SAVINGS_PROGRAMME
                + "?units=GBP000&title=Savings%20and%20efficiencies%202011-14"
                + "&organisation=Nottinghamshire%20County%20Council%20-%20ASCH%26PP&overallTarget=63833000", csv);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("lines").path("created").asInt()).as(imported.toString()).isEqualTo(SAVINGS_LINES);

        Stream.of(querySide1, querySide2).parallel().forEach(querySide -> querySide.start().awaitHealthy());
        log.info("{} and {} up", querySide1, querySide2);
        for (OutturnProcess querySide : List.of(querySide1, querySide2)) {
            // Created, then one event per line: the programme is at version 54 once every line is in.
            Api.Answer programme = viewer(querySide).get("api/savings-programmes/" + SAVINGS_PROGRAMME
                    + "?waitForVersion=" + (SAVINGS_LINES + 1));
            JsonNode totals = programme.json().path("totals");
            assertSoftly(softly -> {
                softly.assertThat(programme.status()).as(programme.toString()).isEqualTo(200);
                softly.assertThat(programme.json().path("lines").size()).as(querySide.name()).isEqualTo(SAVINGS_LINES);
                softly.assertThat(totals.path("2011-12").decimalValue()).as(querySide.name()).isEqualByComparingTo("27921000");
                softly.assertThat(totals.path("2012-13").decimalValue()).as(querySide.name()).isEqualByComparingTo("22929000");
                softly.assertThat(totals.path("2013-14").decimalValue()).as(querySide.name()).isEqualByComparingTo("9557000");
            });
        }
    }

    /**
     * Once the query sides have built their read models from the events already stored, and no event has come
     * since, nothing is replaying: neither a processor nor any of its segments says so.
     */
    @Test
    @Order(3)
    void noSegmentSaysReplayingOnceTheFirstBuildIsDone() {
        for (OutturnProcess querySide : List.of(querySide1, querySide2)) {
            await("the first build on " + querySide.name()).atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        ProjectionsSeen seen = ProjectionsSeen.of(querySide.name(), admin(querySide));
                        for (String name : ProjectionsSeen.NAMES) {
                            assertThat(seen.segmentStatuses(name)).as(seen.toString()).isNotEmpty()
                                    .allSatisfy(segment -> assertThat(segment.path("caughtUp").asBoolean()).isTrue());
                        }
                    });
            ProjectionsSeen seen = ProjectionsSeen.of(querySide.name(), admin(querySide));
            for (String name : ProjectionsSeen.NAMES) {
                assertThat(seen.projection(name).path("replaying").asBoolean()).as(seen.toString()).isFalse();
                assertThat(seen.segmentStatuses(name)).as(seen.toString())
                        .allSatisfy(segment -> assertThat(segment.path("replaying").asBoolean()).isFalse());
            }
        }
    }


    /**
     * A command side caches the aggregates it loads. Command side 1 alone takes round 1 and so holds every
     * indicator; command side 2 joins and Axon Server moves part of the indicators to it for round 2, which
     * changes them; command side 2 stops, and in round 3 command side 1 is asked about indicators it last saw at
     * round 1; command side 2 comes back for round 4. Every answer of every round must be the model's.
     */
    @Test
    @Order(4)
    void everyAnswerIsRightWhileCommandSidesJoinLeaveAndComeBack() throws Exception {
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());

        round(1, List.of(commandSide1), wrong);
        commandSide2.start().awaitHealthy();
        double handledBefore = commandsHandled(commandSide2);
        round(2, List.of(commandSide1, commandSide2), wrong);
        assertThat(commandsHandled(commandSide2)).as("Axon Server routed part of round 2 to command side 2")
                .isGreaterThan(handledBefore);
        commandSide2.stop();
        round(3, List.of(commandSide1), wrong);
        commandSide2.start().awaitHealthy();
        round(4, List.of(commandSide1, commandSide2), wrong);

        assertThat(wrong).as("answers that differ from the model").isEmpty();
        for (OutturnProcess querySide : List.of(querySide1, querySide2)) {
            for (IndicatorModel model : MODELS) {
                Api.Answer card = viewer(querySide).get("api/indicators/" + model.id() + "/status/" + Measures.FY
                        + "?waitForVersion=" + model.version());
                assertSoftly(softly -> {
                    softly.assertThat(card.json().path("version").asLong()).as(card.toString()).isEqualTo(model.version());
                    softly.assertThat(card.json().path("target").path("value").decimalValue())
                            .as(card.toString()).isEqualByComparingTo(model.target().orElseThrow());
                    softly.assertThat(card.json().path("quartersReported").asInt()).as(card.toString())
                            .isEqualTo(model.actuals().size());
                });
            }
        }
    }

    @Test
    @Order(5)
    void ofTwentyConcurrentWritersWithTheSameIfMatchExactlyOneWins() throws Exception {
        Measures.Measure ni130 = Measures.ALL.stream().filter(m -> m.code().equals("NI130")).findFirst().orElseThrow();
        for (int race = 1; race <= 3; race++) {
            long version = ni130Version;
            CyclicBarrier start = new CyclicBarrier(20);
            ExecutorService writers = Executors.newFixedThreadPool(20);
            List<Future<Api.Answer>> answers = new ArrayList<>();
            try {
                for (int writer = 0; writer < 20; writer++) {
                    Api manager = manager(writer % 2 == 0 ? commandSide1 : commandSide2);
                    BigDecimal value = new BigDecimal(12000 + race * 100 + writer);
                    answers.add(writers.submit(() -> {
                        start.await(1, TimeUnit.MINUTES);
                        return manager.putIfMatch("api/indicators/NI130/targets/2012-13",
                                ni130.targetBody(value, "Race " + value), version);
                    }));
                }
                List<Api.Answer> all = new ArrayList<>();
                for (Future<Api.Answer> answer : answers) {
                    all.add(answer.get(2, TimeUnit.MINUTES));
                }
                List<Api.Answer> won = all.stream().filter(Api.Answer::successful).toList();
                List<Api.Answer> lost = all.stream().filter(a -> !a.successful()).toList();
                assertThat(won).as("winners of race %d: %s", race, all).hasSize(1);
                assertThat(won.get(0).version()).isEqualTo(version + 1);
                assertThat(lost).as("losers of race %d", race).hasSize(19)
                        .allSatisfy(answer -> {
                            assertThat(answer.status()).as(answer.toString()).isEqualTo(412);
                            assertThat(answer.code()).as(answer.toString()).isEqualTo("VERSION_CONFLICT");
                        });
                ni130Version = version + 1;
            } finally {
                writers.shutdownNow();
            }
        }
    }

    /**
     * Each query side processes about half of every projection's segments: a stopped instance's segments are
     * taken over by the other, and a started one gets its share within a minute, without anybody moving them.
     */
    @Test
    @Order(6)
    void bothQuerySidesHoldSegmentsOfEveryProjectionAndTakeOverEachOthers() {
        awaitFairShares(List.of(querySide1, querySide2), PATIENCE);

        querySide2.stop();
        await("query side 1 takes over query side 2's segments").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    ProjectionsSeen seen = ProjectionsSeen.of(querySide1.name(), admin(querySide1));
                    ProjectionsSeen.NAMES.forEach(name -> assertThat(seen.segments(name)).as(seen.toString()).hasSize(2));
                });

        querySide2.start().awaitHealthy();
        awaitFairShares(List.of(querySide1, querySide2), SCALE_OUT_LIMIT);
    }

    @Test
    @Order(7)
    void everyDashboardOnEitherQuerySideReceivesEveryChange() throws Exception {
        try (LiveStream onQuerySide1 = LiveStream.open("query-side-1", viewer(querySide1), "?fy=" + Measures.FY);
             LiveStream onQuerySide2 = LiveStream.open("query-side-2", viewer(querySide2), "?fy=" + Measures.FY)) {
            for (LiveStream stream : List.of(onQuerySide1, onQuerySide2)) {
                await("the cards as they stand, on " + stream).atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                        .untilAsserted(() -> {
                            assertThat(stream.failure()).as(stream.toString()).isNull();
                            assertThat(stream.ended()).as(stream.toString()).isFalse();
                            assertThat(stream.cards().size()).as(stream.toString()).isGreaterThanOrEqualTo(MODELS.size());
                        });
            }

            List<String> wrong = Collections.synchronizedList(new ArrayList<>());
            round(5, List.of(commandSide1, commandSide2), wrong);
            assertThat(wrong).as("answers that differ from the model").isEmpty();

            for (LiveStream stream : List.of(onQuerySide1, onQuerySide2)) {
                await("every change, on " + stream).atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                        .untilAsserted(() -> {
                            assertThat(stream.failure()).as(stream.toString()).isNull();
                            assertSoftly(softly -> MODELS.forEach(model -> softly.assertThat(stream.versionOf(model.id()))
                                    .as("%s on %s", model.id(), stream).contains(model.version())));
                        });
            }
        }
    }

    /** Projections that handle few event types (savings-programme) are as caught up as the others once idle. */
    @Test
    @Order(8)
    void everyProjectionReportsItsTrueLagAndProgress() {
        settle();
        for (OutturnProcess querySide : List.of(querySide1, querySide2)) {
            await("every projection on " + querySide.name() + " at the head of the store")
                    .atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        ProjectionsSeen seen = ProjectionsSeen.of(querySide.name(), admin(querySide));
                        for (String name : ProjectionsSeen.NAMES) {
                            JsonNode projection = seen.projection(name);
                            assertThat(projection.path("position").asLong()).as(seen.toString())
                                    .isEqualTo(projection.path("head").asLong());
                            assertThat(projection.path("progressPercent").asInt()).as(seen.toString()).isEqualTo(100);
                        }
                        String metrics = admin(querySide).get("actuator/prometheus").body();
                        for (String name : ProjectionsSeen.NAMES) {
                            assertThat(metrics).as("outturn.projection.lag of %s on %s", name, querySide.name())
                                    .containsPattern("outturn_projection_lag_events\\{[^}]*projection=\"" + name
                                            + "\"[^}]*} 0\\.0");
                        }
                    });
        }
    }

    /**
     * A replay asked of one query side rebuilds the projection on both (each replays its own segments), shows its
     * progress while it runs, and ends with the same cards as before and no segment still saying it replays.
     */
    @Test
    @Order(9)
    void aReplayAskedOfOneQuerySideRunsOnBothAndShowsItsProgress() {
        settle();
        String before = cards(querySide1);

        Api.Answer replay = admin(querySide1).post("api/admin/projections/kpi-status/replay", Map.of());
        assertThat(replay.status()).as(replay.toString()).isEqualTo(202);

        Map<String, List<Integer>> progressSeen = new LinkedHashMap<>();
        await("the kpi-status replay finished on both query sides").atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    for (OutturnProcess querySide : List.of(querySide1, querySide2)) {
                        JsonNode projection = ProjectionsSeen.of(querySide.name(), admin(querySide)).projection("kpi-status");
                        // Between the restart and its claim a side holds no segment and has no replay of its
                        // own to report (100); only the progress of a segment it holds says how its replay goes.
                        if (!ProjectionsSeen.heldHere(projection).isEmpty()) {
                            progressSeen.computeIfAbsent(querySide.name(), q -> new ArrayList<>())
                                    .add(projection.path("replayProgressPercent").asInt());
                        }
                        assertThat(projection.path("replaying").asBoolean()).as(projection.toString()).isFalse();
                        assertThat(ProjectionsSeen.heldHere(projection)).as(projection.toString()).hasSize(1)
                                .allSatisfy(segment -> assertThat(segment.path("replaying").asBoolean()).isFalse());
                        assertThat(projection.path("progressPercent").asInt()).as(projection.toString()).isEqualTo(100);
                    }
                });
        log.info("replay progress seen: {}", progressSeen);
        progressSeen.forEach((querySide, percents) -> assertThat(percents).as(querySide)
                .isSortedAccordingTo(Comparator.naturalOrder()).last().isEqualTo(100));
        assertThat(cards(querySide1)).isEqualTo(before);
        assertThat(cards(querySide2)).isEqualTo(before);
    }

    /**
     * Writers keep defining and filling indicators through both command sides; command side 2 is killed with
     * SIGKILL while they do. Every command acknowledged before or after the kill is in the store; a command that
     * was being handled by the killed one is answered 503, its outcome unknown.
     */
    @Test
    @Order(10)
    void noAcknowledgedCommandIsLostWhenACommandSideIsKilled() throws Exception {
        int writers = 4;
        List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
        List<Api.Answer> refused = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch enoughBeforeTheKill = new CountDownLatch(60);
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger afterTheKill = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> running = new ArrayList<>();
        try {
            for (int w = 0; w < writers; w++) {
                int writer = w;
                running.add(pool.submit(() -> {
                    for (int n = 0; afterTheKill.get() < 60 && n < 400; n++) {
                        Measures.Measure measure = Measures.ALL.get((writer + n * writers) % Measures.ALL.size());
                        String id = measure.code() + "-K" + writer + "-" + n;
                        for (KillStep step : KillStep.values()) {
                            OutturnProcess entry = !killed.get() && (n + step.ordinal()) % 2 == 1 ? commandSide2 : commandSide1;
                            Api.Answer answer;
                            try {
                                answer = step.send(manager(entry), measure, id);
                            } catch (UncheckedIOException connectionLost) {
                                break;
                            }
                            if (!answer.successful()) {
                                refused.add(answer);
                                break;
                            }
                            acks.add(new Ack(measure, id, step, answer.version()));
                            enoughBeforeTheKill.countDown();
                            if (killed.get()) {
                                afterTheKill.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            assertThat(enoughBeforeTheKill.await(2, TimeUnit.MINUTES)).as("acknowledgements before the kill").isTrue();
            commandSide2.killDashNine();
            killed.set(true);
            for (Future<?> writer : running) {
                writer.get(3, TimeUnit.MINUTES);
            }
        } finally {
            killed.set(true);
            pool.shutdownNow();
        }
        log.info("{} commands acknowledged, {} after the kill; answers other than 2xx: {}", acks.size(),
                afterTheKill.get(), refused);

        Map<String, Long> lastAcknowledged = acks.stream().collect(Collectors.toMap(Ack::id, Ack::version, Math::max));
        List<String> lost = new ArrayList<>();
        for (Ack ack : acks) {
            Api.Answer again = ack.step().send(manager(commandSide1), ack.measure(), ack.id());
            boolean there = ack.step() == KillStep.DEFINE
                    ? again.status() == 409 && "INDICATOR_EXISTS".equals(again.code())
                    : again.successful() && !again.changed() && again.version() >= lastAcknowledged.get(ack.id());
            if (!there) {
                lost.add(ack + " -> " + again);
            }
        }
        assertThat(afterTheKill.get()).as("commands acknowledged after the kill").isGreaterThanOrEqualTo(60);
        assertThat(lost).as("acknowledged, then missing").isEmpty();
        // A command whose handler died under it may or may not have been applied: the client is told so.
        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
            assertThat(answer.code()).as(answer.toString()).isEqualTo("SERVICE_UNAVAILABLE");
        });
    }

    /** One round of commands on every modelled indicator, each sent through the next of {@code entries}. */
    private static void round(int round, List<OutturnProcess> entries, List<String> wrong) throws Exception {
        AtomicInteger next = new AtomicInteger(round);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (IndicatorModel model : MODELS) {
                done.add(pool.submit(() -> {
                    roundOf(model, round, () -> manager(entries.get(Math.floorMod(next.getAndIncrement(), entries.size()))), wrong);
                    return null;
                }));
            }
            for (Future<?> indicator : done) {
                indicator.get(3, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        log.info("round {} through {}: {} wrong answers so far", round,
                entries.stream().map(OutturnProcess::name).toList(), wrong.size());
    }

    /**
     * Round {@code r} of one indicator: the target of two rounds ago again without a reason (a revision now, so
     * refused; the same target to anyone who last saw the indicator then); this round's target with a reason, and
     * again without one (a no-op); this round's quarter's actual, and the same again (a no-op).
     */
    private static void roundOf(IndicatorModel model, int round, java.util.function.Supplier<Api> entry, List<String> wrong) {
        Measures.Measure measure = model.measure();
        String targets = "api/indicators/" + model.id() + "/targets/" + Measures.FY;
        if (round == 1) {
            check(model, model.expectDefine(), entry.get().post("api/indicators", measure.defineBody(model.id())),
                    wrong, expected -> model.defined());
        }
        BigDecimal old = measure.target(round - 2);
        check(model, model.expectTarget(old, null), entry.get().put(targets, measure.targetBody(old, null)), wrong,
                expected -> model.targetSet(old, expected));
        BigDecimal current = measure.target(round);
        String reason = "Revised in round " + round;
        check(model, model.expectTarget(current, reason), entry.get().put(targets, measure.targetBody(current, reason)),
                wrong, expected -> model.targetSet(current, expected));
        check(model, model.expectTarget(current, null), entry.get().put(targets, measure.targetBody(current, null)),
                wrong, expected -> model.targetSet(current, expected));
        int quarter = (round - 1) % 4 + 1;
        BigDecimal actual = measure.actual(quarter);
        String actuals = "api/indicators/" + model.id() + "/actuals/" + Measures.FY + "/Q" + quarter;
        for (int twice = 0; twice < 2; twice++) {
            check(model, model.expectActual(quarter, actual, null), entry.get().put(actuals, Map.of("value", actual)),
                    wrong, expected -> model.actualRecorded(quarter, actual, expected));
        }
    }

    private static void check(IndicatorModel model, Expected expected, Api.Answer answer, List<String> wrong,
                              java.util.function.Consumer<Expected> apply) {
        Optional<String> mismatch = expected.mismatch(answer);
        if (mismatch.isPresent()) {
            wrong.add(model.id() + ": " + mismatch.get());
            // The model follows what the store now holds, so that one wrong answer is not counted again and again.
            resynchronise(model, answer, expected, apply);
            return;
        }
        apply.accept(expected);
    }

    /** After a wrong answer: a success moved the indicator to the version it answered. */
    private static void resynchronise(IndicatorModel model, Api.Answer answer, Expected expected,
                                      java.util.function.Consumer<Expected> apply) {
        if (answer.successful() && answer.changed()) {
            apply.accept(Expected.changed(answer.status(), answer.version()));
        } else if (!answer.successful() && expected.success() && expected.changed()) {
            log.warn("{} refused what the model expected to change: {}", model.id(), answer);
        }
    }

    /** Waits until every query side's read models reflect the newest change of every modelled indicator. */
    private static void settle() {
        for (OutturnProcess querySide : List.of(querySide1, querySide2)) {
            for (IndicatorModel model : MODELS) {
                Api.Answer card = viewer(querySide).get("api/indicators/" + model.id() + "/status/" + Measures.FY
                        + "?waitForVersion=" + model.version());
                assertThat(card.etag()).as(card.toString()).isEqualTo("\"" + model.version() + "\"");
            }
        }
    }

    private static void awaitFairShares(List<OutturnProcess> querySides, Duration limit) {
        await("every query side holds its share of every projection's segments").atMost(limit)
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    Map<String, Set<Integer>> held = new HashMap<>();
                    for (OutturnProcess querySide : querySides) {
                        ProjectionsSeen seen = ProjectionsSeen.of(querySide.name(), admin(querySide));
                        for (String name : ProjectionsSeen.NAMES) {
                            List<Integer> segments = seen.segments(name);
                            assertThat(segments).as("%s of %s", name, seen).hasSize(1);
                            held.computeIfAbsent(name, n -> new TreeSet<>()).addAll(segments);
                        }
                    }
                    held.forEach((name, segments) -> assertThat(segments).as(name).containsExactly(0, 1));
                });
    }

    /** Every 2011-12 card of the modelled indicators as a query side serves them, in a fixed order. */
    private static String cards(OutturnProcess querySide) {
        Api.Answer page = viewer(querySide).get("api/indicators?fy=" + Measures.FY + "&size=500");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        Set<String> modelled = MODELS.stream().map(IndicatorModel::id).collect(Collectors.toSet());
        return java.util.stream.StreamSupport.stream(page.json().path("items").spliterator(), false)
                .filter(card -> modelled.contains(card.path("indicatorId").asText()))
                .map(JsonNode::toString)
                .sorted()
                .collect(Collectors.joining("\n"));
    }

    private static double commandsHandled(OutturnProcess commandSide) {
        String metrics = admin(commandSide).get("actuator/prometheus").body();
        return metrics.lines()
                .filter(line -> line.startsWith("outturn_commands_seconds_count{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static Api manager(OutturnProcess process) {
        return new Api(process.baseUri(), "manager");
    }

    private static Api viewer(OutturnProcess process) {
        return new Api(process.baseUri(), "viewer");
    }

    private static Api admin(OutturnProcess process) {
        return new Api(process.baseUri(), "admin");
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** One command of an indicator's life in the kill test. */
    enum KillStep {
        DEFINE, TARGET, ACTUAL_Q1, ACTUAL_Q2;

        Api.Answer send(Api manager, Measures.Measure measure, String id) {
            String indicator = "api/indicators/" + id;
            return switch (this) {
                case DEFINE -> manager.post("api/indicators", measure.defineBody(id));
                case TARGET -> manager.put(indicator + "/targets/" + Measures.FY, measure.targetBody(measure.target(0), null));
                case ACTUAL_Q1 -> manager.put(indicator + "/actuals/" + Measures.FY + "/Q1", Map.of("value", measure.actual(1)));
                case ACTUAL_Q2 -> manager.put(indicator + "/actuals/" + Measures.FY + "/Q2", Map.of("value", measure.actual(2)));
            };
        }
    }

    record Ack(Measures.Measure measure, String id, KillStep step, long version) {
        @Override
        public String toString() {
            return id + " " + step + " acknowledged at version " + version;
        }
    }
}
