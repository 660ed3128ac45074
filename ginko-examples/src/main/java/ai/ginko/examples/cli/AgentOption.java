package ai.ginko.examples.cli;

import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --agent-id}: the registered agent a command acts as, by default {@code GINKO_AGENT_ID}.
 *
 * <p>Commands act for the agent through {@link CoordinationClient#attachAgent(String)}, never by starting it: a
 * command-line call made on behalf of a long-running agent must not mark it offline when the call ends. Its action
 * is a sign of life for the agent all the same (the store writes it with the action).
 */
final class AgentOption {

    /** The command this option belongs to; none when it was read without picocli ({@link #fromEnvironment}). */
    @Spec(Spec.Target.MIXEE)
    private @Nullable CommandSpec command;

    @Option(names = "--agent-id", paramLabel = "AGENT_ID",
            description = "Act as this registered agent (env GINKO_AGENT_ID).")
    private @Nullable String agentId;

    /**
     * The option as picocli sets it when it is not given, read without picocli (see
     * {@link ConnectionOptions#fromEnvironment}).
     */
    static AgentOption fromEnvironment(EnvironmentDefaults defaults, String command) {
        AgentOption option = new AgentOption();
        option.agentId = defaults.optionValue(command, "--agent-id").orElse(null);
        return option;
    }

    Optional<String> agentId() {
        return Optional.ofNullable(agentId);
    }

    /** The agent id, or a usage error for commands that only an agent can run. */
    String required() {
        String message = "no agent: set " + EnvironmentDefaults.AGENT_ID_ENV
                + " (or pass --agent-id); 'ginko agent register' prints one";
        return agentId().orElseThrow(() -> command == null ? new IllegalArgumentException(message)
                : new ParameterException(command.commandLine(), message));
    }

    /** The agent's session when an agent is set; empty when the command acts as the human user. */
    Optional<AgentSession> attachIfSet(CoordinationClient client) {
        return agentId().map(client::attachAgent);
    }

    /** Runs {@code action} as the agent; a missing agent is a usage error before anything connects. */
    int runAs(ConnectionOptions connection, SessionAction action) throws InterruptedException {
        String id = required();
        return connection.run(client -> action.run(client, client.attachAgent(id)));
    }

    /** What a command does as an agent; returns the exit code. */
    @FunctionalInterface
    interface SessionAction {
        int run(CoordinationClient client, AgentSession session) throws InterruptedException;
    }
}
