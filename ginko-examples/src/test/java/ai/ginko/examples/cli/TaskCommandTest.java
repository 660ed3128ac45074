package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TaskCommandTest {

    private final GinkoShell shell = GinkoShell.fresh();

    @Test
    void claimPrintsTheOutcomeAndTheHolder() {
        String agentId = shell.register("Claude-Implementer");

        GinkoShell.Result result = shell.asAgent(agentId).run("task", "claim", "TASK-4");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly("Claimed TASK-4; holder: " + agentId + " (Claude-Implementer)");
    }

    @Test
    void claimingATaskAgainSaysItIsAlreadyHeld() {
        GinkoShell agent = shell.asAgent(shell.register("Claude-Implementer"));
        agent.run("task", "claim", "TASK-4");

        assertThat(agent.run("task", "claim", "TASK-4").out()).startsWith("Already holding TASK-4; holder: ");
    }

    @Test
    void theLoserOfAClaimRaceExitsOneNamingTheHolder() throws Exception {
        GinkoShell first = shell.asAgent(shell.register("Claude-Implementer", "--id=agent_aaaaaaaaaaaa"));
        GinkoShell second = shell.asAgent(shell.register("GPT-Reviewer", "--id=agent_bbbbbbbbbbbb"));

        List<GinkoShell.Result> results = race(() -> first.run("task", "claim", "TASK-7"),
                () -> second.run("task", "claim", "TASK-7"));

        assertThat(results).extracting(GinkoShell.Result::exitCode).containsExactlyInAnyOrder(0, 1);
        GinkoShell.Result winner = results.stream().filter(r -> r.exitCode() == 0).findFirst().orElseThrow();
        GinkoShell.Result loser = results.stream().filter(r -> r.exitCode() == 1).findFirst().orElseThrow();
        String holder = winner.out().replaceAll("(?s).*holder: (agent_\\w+ \\([\\w-]+\\)).*", "$1");
        assertThat(loser.out()).isEmpty();
        assertThat(loser.errLines()).singleElement().asString()
                .startsWith("ginko: TASK-7 is held by " + holder + "; agent_");
    }

    @Test
    void completingATaskMakesItUnclaimable() {
        GinkoShell agent = shell.asAgent(shell.register("Claude-Implementer"));
        agent.run("task", "claim", "TASK-4");

        assertThat(agent.run("task", "complete", "TASK-4").outLines()).containsExactly("Completed TASK-4");

        GinkoShell.Result again = shell.asAgent(shell.register("GPT-Reviewer")).run("task", "claim", "TASK-4");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("TASK-4 was already completed by");
    }

    @Test
    void releasingATaskLetsAnotherAgentClaimIt() {
        GinkoShell agent = shell.asAgent(shell.register("Claude-Implementer"));
        agent.run("task", "claim", "TASK-4");

        assertThat(agent.run("task", "release", "TASK-4").outLines()).containsExactly("Released TASK-4");

        assertThat(shell.asAgent(shell.register("GPT-Reviewer")).run("task", "claim", "TASK-4").exitCode()).isZero();
    }

    @Test
    void completingATaskOneDoesNotHoldExitsOne() {
        GinkoShell.Result result = shell.asAgent(shell.register("GPT-Reviewer")).run("task", "complete", "TASK-4");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString().contains("is not held by agent");
    }

    @Test
    void claimingWithoutAnAgentIsAUsageError() {
        GinkoShell.Result result = shell.run("task", "claim", "TASK-4");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines().getFirst()).startsWith("ginko: no agent: set GINKO_AGENT_ID (or pass --agent-id)");
    }

    /** Runs both at once, released together, so that they reach the database as close together as can be. */
    private static List<GinkoShell.Result> race(Callable<GinkoShell.Result> one, Callable<GinkoShell.Result> other)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<GinkoShell.Result>> futures = new ArrayList<>();
            for (Callable<GinkoShell.Result> contender : List.of(one, other)) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return contender.call();
                }));
            }
            start.countDown();
            List<GinkoShell.Result> results = new ArrayList<>();
            for (Future<GinkoShell.Result> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
