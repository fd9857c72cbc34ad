package io.outturn.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How busy the machine was while a phase ran: this process's CPU time against the wall time of all cores, the
 * whole machine's CPU load (other processes included: a build running beside the benchmark shows here) and the
 * time this JVM spent collecting garbage.
 */
final class ResourceMeter {

    /**
     * @param processCpuPercent this JVM's CPU time as a percentage of all cores over the phase (100 = every core busy)
     * @param systemCpuPercent  the machine's average CPU load over the phase, every process included
     * @param gcPercent         wall time spent in garbage collection, as a percentage of the phase
     */
    record Use(String phase, double wallSeconds, double processCpuSeconds, double processCpuPercent,
               double systemCpuPercent, double gcSeconds, double gcPercent, long gcCount,
               Map<String, Double> cpuSecondsByThreadGroup) {
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final String phase;
    private final Stopwatch wall = Stopwatch.start();
    private final long cpuAtStart = OS.getProcessCpuTime();
    private final long gcMillisAtStart = gcMillis();
    private final long gcCountAtStart = gcCount();
    private final Map<Long, Long> threadCpuAtStart = threadCpu();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread sampler;
    private double loadSum;
    private int loadSamples;

    private ResourceMeter(String phase) {
        this.phase = phase;
        this.sampler = new Thread(this::sampleLoad, "bench-load-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static ResourceMeter start(String phase) {
        return new ResourceMeter(phase);
    }

    Use stop() {
        running.set(false);
        sampler.interrupt();
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double seconds = wall.seconds();
        double cpuSeconds = (OS.getProcessCpuTime() - cpuAtStart) / 1e9;
        double gcSeconds = (gcMillis() - gcMillisAtStart) / 1000.0;
        double system;
        synchronized (this) {
            system = loadSamples == 0 ? Double.NaN : 100 * loadSum / loadSamples;
        }
        return new Use(phase, seconds, cpuSeconds, 100 * cpuSeconds / (seconds * CORES), system,
                gcSeconds, 100 * gcSeconds / seconds, gcCount() - gcCountAtStart, cpuByThreadGroup());
    }

    /**
     * CPU seconds each group of threads used during the phase (threads named alike, numbers aside), busiest first.
     * Threads that ended during the phase are missing; the JVM's own (GC, compiler) are not Java threads.
     */
    private Map<String, Double> cpuByThreadGroup() {
        Map<Long, Long> now = threadCpu();
        Map<String, Double> groups = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(now.keySet().stream().mapToLong(Long::longValue).toArray())) {
            if (info == null) {
                continue;
            }
            long used = now.get(info.getThreadId()) - threadCpuAtStart.getOrDefault(info.getThreadId(), 0L);
            if (used > 0) {
                groups.merge(info.getThreadName().replaceAll("\\d+", "#"), used / 1e9, Double::sum);
            }
        }
        Map<String, Double> sorted = new LinkedHashMap<>();
        groups.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(12)
                .forEach(e -> sorted.put(e.getKey(), Math.round(e.getValue() * 100) / 100.0));
        return sorted;
    }

    private static Map<Long, Long> threadCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            long nanos = THREADS.getThreadCpuTime(id);
            if (nanos >= 0) {
                cpu.put(id, nanos);
            }
        }
        return cpu;
    }

    private void sampleLoad() {
        while (running.get()) {
            double load = OS.getCpuLoad();
            if (load >= 0) {
                synchronized (this) {
                    loadSum += load;
                    loadSamples++;
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    private static long gcCount() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionCount());
        }
        return total;
    }
}
