package io.outturn.standalone;

import io.outturn.standalone.OutturnHttp.Answer;
import io.outturn.standalone.PlanMeasures.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Durability is the contract: a command answered 2xx has its events stored, even when the process is killed
 * with SIGKILL a moment later. Standalone runs as a child JVM; a burst of commands from several threads is
 * acknowledged, then the process is killed while more commands are in flight, restarted on the same data
 * directory, and every acknowledged command must still be there.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class DurabilityAfterKillTest {

    private static final Logger log = LoggerFactory.getLogger(DurabilityAfterKillTest.class);
    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final int WRITERS = 4;
    /** Commands acknowledged while the kill approaches; the kill follows the last of them at once. */
    private static final int IN_FLIGHT_ACKS_BEFORE_KILL = 40;

    @TempDir
    Path dataDir;

    private final HttpClient http = OutturnHttp.client();

    @Test
    void everyAcknowledgedCommandSurvivesAKillDashNine() throws Exception {
        Path logs = buildDirectory().resolve("durability-after-kill");
        List<Ack> settled;
        List<Ack> inFlight;
        try (StandaloneProcess first = StandaloneProcess.start(dataDir, logs.resolve("before-kill.log"))) {
            first.awaitHealthy(http, START_LIMIT);
            OutturnHttp manager = new OutturnHttp(http, first.baseUri(), "manager", "manager");

            long started = System.nanoTime();
            settled = settledBurst(manager);
            log.info("{} commands acknowledged in {} ms, before the kill burst", settled.size(),
                    (System.nanoTime() - started) / 1_000_000);
            inFlight = burstCutShortByKill(manager, first);
            log.info("{} more commands acknowledged before the kill; restarting on {}", inFlight.size(), dataDir);
        }

        try (StandaloneProcess second = StandaloneProcess.start(dataDir, logs.resolve("after-restart.log"))) {
            second.awaitHealthy(http, START_LIMIT);
            OutturnHttp manager = new OutturnHttp(http, second.baseUri(), "manager", "manager");

            assertSettledIndicatorsAreExactlyAsAcknowledged(manager, settled);
            assertInFlightAcknowledgementsSurvived(manager, inFlight);
        }
    }

    /** Every measure defined, given its target and four quarters of actuals, all acknowledged before the kill. */
    private List<Ack> settledBurst(OutturnHttp manager) throws Exception {
        List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    for (int i = writer; i < PlanMeasures.ALL.size(); i += WRITERS) {
                        Measure measure = PlanMeasures.ALL.get(i);
                        for (Step step : Step.lifecycle()) {
                            Answer answer = step.send(manager, measure, measure.code());
                            assertThat(answer.successful()).as("%s %s: %s", measure.code(), step, answer).isTrue();
                            acks.add(new Ack(measure, measure.code(), step, answer.version()));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get(5, TimeUnit.MINUTES);
            }
        } finally {
            writers.shutdownNow();
        }
        assertThat(acks).hasSize(PlanMeasures.ALL.size() * Step.lifecycle().size());
        return List.copyOf(acks);
    }

    /**
     * Writers keep defining and filling new indicators; as soon as enough of their commands are acknowledged the
     * process is killed, with the writers still sending. Returns what was acknowledged, up to the kill.
     */
    private List<Ack> burstCutShortByKill(OutturnHttp manager, StandaloneProcess process) throws Exception {
        List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch enoughAcknowledged = new CountDownLatch(IN_FLIGHT_ACKS_BEFORE_KILL);
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    try {
                        for (int round = 1; !killed.get(); round++) {
                            for (int i = writer; i < PlanMeasures.ALL.size() && !killed.get(); i += WRITERS) {
                                Measure measure = PlanMeasures.ALL.get(i);
                                String id = measure.code() + ".r" + round;
                                for (Step step : Step.lifecycle()) {
                                    Answer answer = step.send(manager, measure, id);
                                    if (!answer.successful()) {
                                        unexpected.add(id + " " + step + ": " + answer);
                                        return null;
                                    }
                                    acks.add(new Ack(measure, id, step, answer.version()));
                                    enoughAcknowledged.countDown();
                                }
                            }
                        }
                    } catch (IOException e) {
                        // The server died under this request: it was never acknowledged.
                    }
                    return null;
                }));
            }
            boolean reached = enoughAcknowledged.await(5, TimeUnit.MINUTES);
            process.killDashNine();
            killed.set(true);
            assertThat(reached).as("%d commands acknowledged before the kill; see %s",
                    IN_FLIGHT_ACKS_BEFORE_KILL, process.log()).isTrue();
        } finally {
            killed.set(true);
            writers.shutdown();
        }
        for (Future<?> writer : done) {
            // Surfaces anything but the expected connection failures after the kill.
            writer.get(2, TimeUnit.MINUTES);
        }
        assertThat(unexpected).as("answers other than 2xx before the kill; see %s", process.log()).isEmpty();
        return List.copyOf(acks);
    }

    /**
     * Nothing touched these after their acknowledgement, so each is exactly at its acknowledged version: a
     * re-definition is refused, re-sending the same target or actual changes nothing at that version, a stale
     * If-Match is refused and the acknowledged one is accepted.
     */
    private void assertSettledIndicatorsAreExactlyAsAcknowledged(OutturnHttp manager, List<Ack> settled)
            throws IOException, InterruptedException {
        Map<String, List<Ack>> byIndicator = settled.stream().collect(Collectors.groupingBy(Ack::id));
        for (Measure measure : PlanMeasures.ALL) {
            String id = measure.code();
            long acknowledged = byIndicator.get(id).stream().mapToLong(Ack::version).max().orElseThrow();
            Answer redefined = Step.DEFINE.send(manager, measure, id);
            Answer sameTarget = Step.TARGET.send(manager, measure, id);
            Answer sameQ4 = Step.ACTUAL_Q4.send(manager, measure, id);
            String nextYear = "api/indicators/" + id + "/targets/" + nextFinancialYear(measure.fy());
            Answer stale = manager.putIfMatch(nextYear, measure.targetBody(), acknowledged - 1);
            Answer current = manager.putIfMatch(nextYear, measure.targetBody(), acknowledged);
            assertSoftly(softly -> {
                softly.assertThat(acknowledged).as("%s acknowledged version", id).isEqualTo(Step.lifecycle().size());
                softly.assertThat(redefined.status()).as("%s re-defined: %s", id, redefined).isEqualTo(409);
                softly.assertThat(redefined.code()).as("%s re-defined: %s", id, redefined).isEqualTo("INDICATOR_EXISTS");
                softly.assertThat(sameTarget.successful()).as("%s same target: %s", id, sameTarget).isTrue();
                softly.assertThat(sameTarget.changed()).as("%s same target: %s", id, sameTarget).isFalse();
                softly.assertThat(sameTarget.version()).as("%s same target: %s", id, sameTarget).isEqualTo(acknowledged);
                softly.assertThat(sameQ4.changed()).as("%s same Q4 actual: %s", id, sameQ4).isFalse();
                softly.assertThat(sameQ4.version()).as("%s same Q4 actual: %s", id, sameQ4).isEqualTo(acknowledged);
                softly.assertThat(stale.status()).as("%s stale If-Match: %s", id, stale).isEqualTo(412);
                softly.assertThat(stale.code()).as("%s stale If-Match: %s", id, stale).isEqualTo("VERSION_CONFLICT");
                softly.assertThat(current.successful()).as("%s If-Match acknowledged: %s", id, current).isTrue();
                softly.assertThat(current.version()).as("%s If-Match acknowledged: %s", id, current).isEqualTo(acknowledged + 1);
                softly.assertThat(current.etag()).as("%s If-Match acknowledged: %s", id, current)
                        .isEqualTo("\"" + (acknowledged + 1) + "\"");
            });
        }
    }

    /**
     * Each acknowledged command is there. A command may also have been stored without its answer reaching us
     * before the kill, so an indicator's version may be above its last acknowledged one, never below.
     */
    private void assertInFlightAcknowledgementsSurvived(OutturnHttp manager, List<Ack> inFlight)
            throws IOException, InterruptedException {
        assertThat(inFlight).hasSizeGreaterThanOrEqualTo(IN_FLIGHT_ACKS_BEFORE_KILL);
        Map<String, Long> lastAcknowledged = inFlight.stream()
                .collect(Collectors.toMap(Ack::id, Ack::version, Math::max));
        List<String> lost = new ArrayList<>();
        for (Ack ack : inFlight) {
            Answer again = ack.step().send(manager, ack.measure(), ack.id());
            boolean survived = ack.step() == Step.DEFINE
                    ? again.status() == 409 && "INDICATOR_EXISTS".equals(again.code())
                    : again.successful() && !again.changed() && again.version() >= lastAcknowledged.get(ack.id());
            if (!survived) {
                lost.add(ack + " -> " + again);
            }
        }
        assertThat(lost).as("acknowledged before the kill, missing after the restart").isEmpty();
    }

    private static String nextFinancialYear(String fy) {
        int start = Integer.parseInt(fy.substring(0, 4)) + 1;
        return String.format("%d-%02d", start, (start + 1) % 100);
    }

    private static Path buildDirectory() throws URISyntaxException {
        // .../<build dir>/test-classes: logs go beside it, so each helper's build directory keeps its own.
        return Path.of(DurabilityAfterKillTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
    }

    /** One command of an indicator's life, as the API takes it. */
    enum Step {
        DEFINE, TARGET, ACTUAL_Q1, ACTUAL_Q2, ACTUAL_Q3, ACTUAL_Q4;

        static List<Step> lifecycle() {
            return List.of(values());
        }

        Answer send(OutturnHttp manager, Measure measure, String id) throws IOException, InterruptedException {
            String indicator = "api/indicators/" + id;
            return switch (this) {
                case DEFINE -> manager.post("api/indicators", measure.defineBody(id));
                case TARGET -> manager.put(indicator + "/targets/" + measure.fy(), measure.targetBody());
                default -> manager.put(indicator + "/actuals/" + measure.fy() + "/Q" + quarter(),
                        measure.actualBody(quarter()));
            };
        }

        private int quarter() {
            return ordinal() - ACTUAL_Q1.ordinal() + 1;
        }
    }

    record Ack(Measure measure, String id, Step step, long version) {
        @Override
        public String toString() {
            return id + " " + step + " acknowledged at version " + version;
        }
    }
}
