package io.outturn.bench;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Java Flight Recorder recording of one phase, and what it shows: where the CPU went (sampled every 10 ms, by
 * method, by layer of the stack and by thread), how often and how long the process forced files to disk, and
 * where threads waited on monitors and locks. The recording itself is kept beside the report for a closer look
 * ({@code jfr print --events jdk.ExecutionSample ...}).
 */
final class PhaseProfiler {

    /** One line of a profile: what, and its share of the samples (or of the waiting time) in percent. */
    record Share(String name, double percent) {
    }

    /**
     * @param cpuSamples      execution samples taken (running Java threads, every 10 ms)
     * @param fileForces      calls that forced a file to disk (fsync), and their total duration
     * @param blockedMillis   time threads spent blocked entering monitors (waits over 5 ms), in total
     * @param parkedMillis    time threads spent parked on locks or conditions outside idle thread pools (over 5 ms)
     */
    record Profile(String phase, String file, int cpuSamples, List<Share> methods, List<Share> layers,
                   List<Share> threads, long fileForces, double fileForceMillis, double blockedMillis,
                   List<Share> blockedOn, double parkedMillis, List<Share> parkedAt) {
    }

    private static final int TOP = 10;

    private final String phase;
    private final Path file;
    private final Recording recording;

    private PhaseProfiler(String phase, Path file, Recording recording) {
        this.phase = phase;
        this.file = file;
        this.recording = recording;
    }

    /** Starts recording; with {@code enabled} false, records nothing and reports nothing. */
    static PhaseProfiler start(String phase, Path directory, boolean enabled) {
        if (!enabled) {
            return new PhaseProfiler(phase, null, null);
        }
        Recording recording = new Recording();
        recording.setName("bench-" + phase);
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        recording.enable("jdk.FileForce").withThreshold(Duration.ZERO).withStackTrace();
        recording.enable("jdk.JavaMonitorEnter").withThreshold(Duration.ofMillis(5)).withStackTrace();
        recording.enable("jdk.ThreadPark").withThreshold(Duration.ofMillis(5)).withStackTrace();
        recording.start();
        return new PhaseProfiler(phase, directory.resolve(phase + ".jfr"), recording);
    }

    Profile stop() {
        if (recording == null) {
            return null;
        }
        try {
            recording.stop();
            Files.createDirectories(file.getParent());
            recording.dump(file);
            recording.close();
            return analyse();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the profile of " + phase, e);
        }
    }

    private Profile analyse() throws IOException {
        Map<String, Long> methods = new HashMap<>();
        Map<String, Long> layers = new HashMap<>();
        Map<String, Long> threads = new HashMap<>();
        Map<String, Long> blocked = new HashMap<>();
        Map<String, Long> parked = new HashMap<>();
        int samples = 0;
        long forces = 0;
        long forceNanos = 0;
        long blockedNanos = 0;
        long parkedNanos = 0;
        try (RecordingFile events = new RecordingFile(file)) {
            while (events.hasMoreEvents()) {
                RecordedEvent event = events.readEvent();
                String type = event.getEventType().getName();
                RecordedStackTrace stack = event.getStackTrace();
                switch (type) {
                    case "jdk.ExecutionSample" -> {
                        samples++;
                        RecordedThread thread = event.getThread("sampledThread");
                        if (stack != null && !stack.getFrames().isEmpty()) {
                            methods.merge(frameName(stack.getFrames().get(0)), 1L, Long::sum);
                            layers.merge(Layers.of(stack.getFrames(), thread == null ? null : thread.getJavaName()), 1L, Long::sum);
                        }
                        threads.merge(threadGroup(thread), 1L, Long::sum);
                    }
                    case "jdk.FileForce" -> {
                        forces++;
                        forceNanos += event.getDuration().toNanos();
                    }
                    case "jdk.JavaMonitorEnter" -> {
                        long nanos = event.getDuration().toNanos();
                        blockedNanos += nanos;
                        String monitor = event.getClass("monitorClass") == null ? "?" : event.getClass("monitorClass").getName();
                        blocked.merge(monitor + " at " + firstOwnFrame(stack), nanos, Long::sum);
                    }
                    case "jdk.ThreadPark" -> {
                        String site = firstOwnFrame(stack);
                        if (!site.equals(IDLE)) {
                            long nanos = event.getDuration().toNanos();
                            parkedNanos += nanos;
                            parked.merge(site, nanos, Long::sum);
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return new Profile(phase, file.getFileName().toString(), samples, top(methods), top(layers), top(threads),
                forces, forceNanos / 1e6, blockedNanos / 1e6, top(blocked), parkedNanos / 1e6, top(parked));
    }

    private static final String IDLE = "(idle pool thread)";

    /** The first frame outside the JDK's own concurrency and thread classes: who waited, not how. */
    private static String firstOwnFrame(RecordedStackTrace stack) {
        if (stack == null) {
            return "?";
        }
        for (RecordedFrame frame : stack.getFrames()) {
            String type = frame.getMethod().getType().getName();
            if (!(type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun."))) {
                return frameName(frame);
            }
        }
        return IDLE;
    }

    private static String frameName(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        int dot = type.lastIndexOf('.');
        String simple = dot < 0 ? type : type.substring(dot + 1);
        String pkg = dot < 0 ? "" : type.substring(0, dot);
        return abbreviate(pkg) + "." + simple + "." + frame.getMethod().getName();
    }

    /** {@code org.axonframework.eventsourcing} becomes {@code o.a.eventsourcing}: short, still recognisable. */
    private static String abbreviate(String pkg) {
        String[] parts = pkg.split("\\.");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('.');
            }
            out.append(i < parts.length - 1 && i < 2 ? parts[i].substring(0, Math.min(1, parts[i].length())) : parts[i]);
        }
        return out.toString();
    }

    /** Thread names without their numbers: {@code http-nio-auto-1-exec-17} counts as {@code http-nio-auto-#-exec-#}. */
    private static String threadGroup(RecordedThread thread) {
        if (thread == null) {
            return "?";
        }
        String name = thread.getJavaName() != null ? thread.getJavaName() : thread.getOSName();
        return name == null ? "?" : name.replaceAll("\\d+", "#");
    }

    private static List<Share> top(Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return List.of();
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(TOP)
                .map(e -> new Share(e.getKey(), Math.round(1000.0 * e.getValue() / total) / 10.0))
                .toList();
    }
}
