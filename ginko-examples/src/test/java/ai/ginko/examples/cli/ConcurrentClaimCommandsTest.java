package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Agents driven from the shell, idle past the offline threshold, race for one task with {@code ginko task claim},
 * each in a process of its own. Before claims made their claimer present, every claimer took the task over from
 * the previous one (seen offline, having sent no heartbeat), and all of them exited 0.
 *
 * <p>One round proves it: that bug made every round fail (each claimer after the first took over), and the race of
 * concurrent claimers for one task is repeated twenty times over by the contract suite
 * ({@code TaskClaimContract.idleAgentsRacingForATaskHaveExactlyOneWinnerTwentyTimesOver}); what only processes
 * show is the exit codes and the messages of eight separate {@code ginko} JVMs, each with its own driver, racing.
 */
class ConcurrentClaimCommandsTest {

    /** Longer than eight JVMs take to start on a busy 2-core machine, so a winner cannot go silent mid-round. */
    private static final Duration OFFLINE_AFTER = Duration.ofSeconds(10);
    private static final int CLAIMERS = 8;
    private static final String TASK = "TASK-1";

    private final GinkoShell shell = GinkoShell.fresh()
            .with(EnvironmentDefaults.OFFLINE_AFTER_ENV, DurationConverter.format(OFFLINE_AFTER));

    @Test
    void ofEightClaimProcessesForIdleAgentsExactlyOneExitsZero() throws Exception {
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < CLAIMERS; i++) {
            agents.add(shell.register("Shell-agent-" + i));
        }
        Thread.sleep(OFFLINE_AFTER.plusMillis(500).toMillis());

        List<Claim> claims = new ArrayList<>();
        for (String agentId : agents) {
            claims.add(new Claim(shell.asAgent(agentId).spawn("task", "claim", TASK)));
        }
        for (Claim claim : claims) {
            claim.await();
        }
        List<Claim> winners = claims.stream().filter(c -> c.exitCode == 0).toList();

        assertThat(winners).as("%s", claims).hasSize(1);
        String holder = winners.getFirst().out.replaceAll("(?s).*holder: (agent_\\w+).*", "$1").strip();
        assertThat(claims).filteredOn(c -> c.exitCode != 0).hasSize(CLAIMERS - 1)
                .allSatisfy(loser -> {
                    assertThat(loser.exitCode).isEqualTo(1);
                    assertThat(loser.err).startsWith("ginko: " + TASK + " is held by " + holder);
                });
        assertThat(shell.run("events", "--since", "0", "--timeout", "0", "--limit", "1000").out())
                .containsOnlyOnce("claimed " + TASK).doesNotContain("took over");
    }

    /** One {@code ginko task claim} process, with what it printed once it ended. */
    private static final class Claim {
        private final Process process;
        private int exitCode = -1;
        private String out = "";
        private String err = "";

        Claim(Process process) {
            this.process = process;
        }

        void await() throws IOException, InterruptedException {
            out = read(process.getInputStream());
            err = read(process.getErrorStream());
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("ginko task claim ended").isTrue();
            exitCode = process.exitValue();
        }

        private static String read(InputStream stream) throws IOException {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + ", out: " + out.strip() + ", err: " + err.strip();
        }
    }
}
