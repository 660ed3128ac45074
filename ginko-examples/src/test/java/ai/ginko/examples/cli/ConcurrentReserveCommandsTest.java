package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Eight agents, each {@code ginko reserve} in a process of its own, race for overlapping patterns. */
class ConcurrentReserveCommandsTest {

    /** Longer than eight JVMs take to start on a busy 2-core machine: no racer goes offline mid-race. */
    private static final Duration OFFLINE_AFTER = Duration.ofMinutes(2);
    private static final int RACERS = 8;

    private final GinkoShell shell = GinkoShell.fresh()
            .with(EnvironmentDefaults.OFFLINE_AFTER_ENV, DurationConverter.format(OFFLINE_AFTER));

    @Test
    void ofEightReserveProcessesForOverlappingPatternsExactlyOneExitsZero() throws Exception {
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            String pattern = i % 2 == 0 ? "src/api/**" : "src/*/Client.java";
            processes.add(shell.asAgent(shell.register("Racer-" + i)).spawn("reserve", pattern));
        }
        List<Integer> exitCodes = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Process process : processes) {
            process.getInputStream().readAllBytes();
            errors.add(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("ginko reserve ended").isTrue();
            exitCodes.add(process.exitValue());
        }

        assertThat(exitCodes).as("%s", errors).containsOnlyOnce(0).filteredOn(code -> code != 0).containsOnly(1);
        assertThat(errors).filteredOn(err -> !err.isEmpty()).hasSize(RACERS - 1)
                .allSatisfy(err -> assertThat(err).endsWith("ginko: nothing reserved (1 conflict)\n"));
        assertThat(shell.run("reservations").outLines()).first().isEqualTo("Reservations (1):");
    }
}
