package io.outturn.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The report puts every figure beside its ceiling, and says what saturated wherever a target was missed. */
class ReportTest {

    private static final Latencies.Summary COMMIT = new Latencies.Summary(1000, 7.5, 28.7, 40.0, 8.0);
    private static final Latencies.Summary REQUEST = new Latencies.Summary(1000, 38.5, 154.9, 300.0, 45.0);

    @Test
    void aMissedTargetIsExplainedByWhatTheMachineDidDuringItsPhase() {
        Results results = commandsAt32Clients(712, 99.0);

        String markdown = new Report(results).markdown();

        assertThat(markdown)
                .contains("| Commands over HTTP, 32 clients | 712 commands/s")
                .contains("raw durable append, 32 writers: 3,924 events/s")
                .contains("| 0.18 | ≥ 0.50 of the ceiling | **no** |")
                .contains("## Targets missed, and what saturated")
                .contains("**Commands over HTTP, 32 clients** (phase `commands-32-clients`): CPU saturated");
    }

    @Test
    void aMissedTargetWithIdleCoresIsPutDownToWaiting() {
        String markdown = new Report(commandsAt32Clients(712, 45.0)).markdown();

        assertThat(markdown).contains("Neither CPU nor forced writes saturated");
    }

    @Test
    void noSectionWhenEveryTargetIsMet() {
        String markdown = new Report(commandsAt32Clients(2_500, 99.0)).markdown();

        assertThat(markdown).contains("| yes |").doesNotContain("## Targets missed");
    }

    @Test
    void distributedCommandsAndReplayStandBesideAxonServersOwnCeilings() {
        Results results = commandsAt32Clients(712, 99.0);
        results.distributedRawAppend.put(8, new RawAppend.Result(8, 24_000, 15.0, 1_600, COMMIT));
        results.distributedCommands.put(8, new CommandLoad.Result(8, 3_480, 15.0, 232, REQUEST, 0, List.of()));
        results.distributedReplay = new ProjectionReplay.Result(100_000, 20.0, 5_000, Map.of("audit-log", 19.5));
        results.distributedRawRead = new RawEventRead.Result(100_000, 40_000_000, 2.0, 50_000, false);

        String markdown = new Report(results).markdown();

        assertThat(markdown)
                .contains("| Distributed: commands over HTTP, 8 clients | 232 commands/s")
                .contains("Axon Server raw append through the connector, 8 writers: 1,600 events/s")
                .contains("| 0.15 |")
                .contains("| Distributed: replay of all read models from 100,000 events | 5,000 events/s (20.0 s)")
                .contains("Axon Server raw read of the whole stream through the connector: 50,000 events/s")
                .contains("| 0.10 |");
    }

    private static Results commandsAt32Clients(double commandsPerSecond, double machineCpuPercent) {
        Results results = new Results();
        results.date = "2026-11-23T06:52:15Z";
        results.scale = "full";
        results.machine = new MachineInfo(2, 24_105, 12_288, "17.0.15", "OpenJDK 64-Bit Server VM", "Linux", "G1");
        results.readModelStore = "embedded (mongo-java-server, in-process, memory backend)";
        results.rawAppend.put(32, new RawAppend.Result(32, 66_708, 17.0, 3_924, COMMIT));
        results.commands.put(32, new CommandLoad.Result(32, 17_800, 25.0, commandsPerSecond, REQUEST, 0, List.of()));
        results.resources.add(new ResourceMeter.Use("commands-32-clients", 25.0, 49.0, 98.0, machineCpuPercent,
                0.7, 2.9, 40, Map.of("http-nio-auto-#-exec-#", 20.2)));
        return results;
    }
}
