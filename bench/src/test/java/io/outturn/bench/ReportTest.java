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
