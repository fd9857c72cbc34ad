package io.outturn.bench;

import java.time.Duration;
import java.util.List;

/**
 * The sizes of one benchmark run. {@code full} is the issue's: a county of 2,000 indicators over 10 financial
 * years in 1,000,000 events; {@code smoke} runs every measurement at small sizes in about a minute, to develop
 * the benchmark itself (its figures mean little).
 */
record Scale(
        String name,
        Duration appendWarmup,
        Duration appendDuration,
        List<Integer> appendWriters,
        List<Integer> commandClients,
        int commandIndicatorsPerLevel,
        int commandProgrammesPerLevel,
        int commandLinesPerProgramme,
        Duration commandWarmup,
        Duration commandDuration,
        int countyIndicators,
        int countyYears,
        int countyEvents,
        List<Integer> replayAt,
        int heavyIndicatorEvents,
        int savingsProgrammes,
        int savingsEventsPerProgramme,
        int seedBatch,
        int queryWarmup,
        int querySamples,
        Duration queryMaxDuration,
        List<Integer> historySizes,
        int historyWarmup,
        int historySamples,
        Duration historyMaxDuration,
        int snapshotThreshold) {

    static Scale named(String name) {
        return switch (name) {
            case "full" -> full();
            case "smoke" -> smoke();
            default -> throw new IllegalArgumentException("bench.scale must be full or smoke, not " + name);
        };
    }

    static Scale full() {
        return new Scale("full",
                Duration.ofSeconds(2), Duration.ofSeconds(15), List.of(1, 8, 32),
                List.of(1, 8, 32), 500, 50, 10, Duration.ofSeconds(5), Duration.ofSeconds(20),
                2_000, 10, 1_000_000, List.of(100_000, 1_000_000), 1_000, 4, 2_500, 5_000,
                50, 2_000, Duration.ofSeconds(20),
                List.of(10, 1_000, 10_000), 20, 200, Duration.ofSeconds(40), 100);
    }

    static Scale smoke() {
        return new Scale("smoke",
                Duration.ofMillis(500), Duration.ofSeconds(2), List.of(1, 8, 32),
                List.of(1, 8, 32), 60, 6, 10, Duration.ofMillis(500), Duration.ofSeconds(2),
                200, 10, 50_000, List.of(10_000, 50_000), 1_000, 2, 500, 5_000,
                10, 200, Duration.ofSeconds(3),
                List.of(10, 1_000, 10_000), 5, 20, Duration.ofSeconds(8), 100);
    }

    int largestReplay() {
        return replayAt.get(replayAt.size() - 1);
    }
}
