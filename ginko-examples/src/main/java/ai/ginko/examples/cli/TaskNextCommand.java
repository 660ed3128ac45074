package ai.ginko.examples.cli;

import ai.ginko.core.ClaimOutcome;
import ai.ginko.core.ClaimedTask;
import ai.ginko.core.TaskFilter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ginko task next}: claims, for the agent, the next task ready for it (its assignments first, then by
 * priority and age), exactly once across all agents; exits 1 when there is none.
 */
@Command(name = "next", description = "Claim the next ready task for the agent; exit 1 when there is none.")
final class TaskNextCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--capability", split = ",", paramLabel = "CAPABILITY",
            description = "Only tasks these capabilities cover; repeatable (default: the agent's registered ones).")
    private List<String> capabilities = new ArrayList<>();

    @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "0s",
            description = "Wait this long for a task to become ready, e.g. 30s (default: do not wait; at most 1h).")
    private Duration wait;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private AgentOption agent;

    @SuppressWarnings("UnusedVariable") // picocli reads it: the mixin adds --verbose, which ErrorReporter checks
    @Mixin
    private VerboseOption verbose;

    @Override
    public Integer call() throws InterruptedException {
        return agent.runAs(connection, (client, session) -> {
            List<String> own = capabilities.isEmpty() ? session.info().capabilities() : capabilities;
            Optional<ClaimedTask> claimed = session.claimNext(TaskFilter.capabilities(own), wait);
            ClaimedTask task = claimed.orElseThrow(() -> new CliFailure("no task is ready for "
                    + session.agentId() + (wait.isZero() ? "" : " after waiting " + DurationConverter.format(wait))));
            String how = task.claim().outcome() == ClaimOutcome.TAKEN_OVER
                    ? "Took " + task.id() + " over from offline " + task.claim().previousHolder().orElseThrow()
                    : "Claimed " + task.id();
            spec.commandLine().getOut().println(how + ": " + task.definition().title());
            return 0;
        });
    }
}
