package ai.ginko.examples.cli;

import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --agent-id}: the registered agent a command acts as, by default {@code GINKO_AGENT_ID}. */
final class AgentOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--agent-id", paramLabel = "AGENT_ID",
            description = "Act as this registered agent (env GINKO_AGENT_ID).")
    private String agentId;

    Optional<String> agentId() {
        return Optional.ofNullable(agentId);
    }

    /** The agent id, or a usage error for commands that only an agent can run. */
    String required() {
        return agentId().orElseThrow(() -> new ParameterException(command.commandLine(),
                "no agent: set " + EnvironmentDefaults.AGENT_ID_ENV
                        + " (or pass --agent-id); 'ginko agent register' prints one"));
    }

    /**
     * Acts for the agent without taking over its liveness: a command-line call on behalf of a long-running agent
     * must not mark it offline when it exits.
     */
    AgentSession attach(CoordinationClient client) {
        return client.attachAgent(required());
    }
}
