package ai.ginko.examples.cli;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.ClaimResult;
import ai.ginko.core.CoordinationClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ginko task claim|complete|release}: task claims, always as an agent. Losing a claim is a failure (exit 1)
 * that names the holder, so that a script can branch on it. The task graph's commands ({@code add}, {@code ready},
 * {@code next}, {@code deps}, {@code import}) are subcommands of their own.
 */
@Command(name = "task", description = "Define tasks and their dependencies; claim, complete and release them.",
        subcommands = {TaskAddCommand.class, TaskImportCommand.class, TaskReadyCommand.class, TaskNextCommand.class,
            TaskDepsCommand.class})
final class TaskCommand {

    @Spec
    private CommandSpec spec;

    @Command(name = "claim", description = "Claim a task; fails (exit 1) when another live agent holds it.")
    int claim(@Parameters(paramLabel = "TASK_ID", description = "The task, e.g. TASK-4.") String taskId,
            @Mixin ConnectionOptions connection, @Mixin AgentOption agent, @Mixin VerboseOption verbose)
            throws InterruptedException {
        return agent.runAs(connection, (client, session) -> {
            ClaimResult result = session.claim(taskId);
            String holder = describe(client, result.holder());
            String outcome = switch (result.outcome()) {
                case CLAIMED -> "Claimed " + taskId;
                case ALREADY_HELD -> "Already holding " + taskId;
                case TAKEN_OVER -> "Took " + taskId + " over from offline " + result.previousHolder().orElseThrow();
                case HELD_BY_OTHER -> throw new CliFailure(taskId + " is held by " + holder + "; "
                        + session.agentId() + " did not get it");
                case COMPLETED -> throw new CliFailure(taskId + " was already completed by " + holder);
            };
            spec.commandLine().getOut().println(outcome + "; holder: " + holder);
            return 0;
        });
    }

    @Command(name = "complete", description = "Mark a task the agent holds as completed.")
    int complete(@Parameters(paramLabel = "TASK_ID", description = "The task, e.g. TASK-4.") String taskId,
            @Mixin ConnectionOptions connection, @Mixin AgentOption agent, @Mixin VerboseOption verbose)
            throws InterruptedException {
        return agent.runAs(connection, (client, session) -> {
            session.complete(taskId);
            spec.commandLine().getOut().println("Completed " + taskId);
            return 0;
        });
    }

    @Command(name = "release", description = "Give up a task the agent holds, so that others can claim it.")
    int release(@Parameters(paramLabel = "TASK_ID", description = "The task, e.g. TASK-4.") String taskId,
            @Mixin ConnectionOptions connection, @Mixin AgentOption agent, @Mixin VerboseOption verbose)
            throws InterruptedException {
        return agent.runAs(connection, (client, session) -> {
            session.release(taskId);
            spec.commandLine().getOut().println("Released " + taskId);
            return 0;
        });
    }

    /** {@code agent_3f9a1c2b7d4e (Claude-Implementer)}, or the bare id of an agent no longer registered. */
    private static String describe(CoordinationClient client, String agentId) {
        return client.agent(agentId).map(AgentInfo::name).map(name -> agentId + " (" + name + ")").orElse(agentId);
    }
}
