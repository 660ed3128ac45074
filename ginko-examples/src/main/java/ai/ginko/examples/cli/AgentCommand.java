package ai.ginko.examples.cli;

import ai.ginko.core.AgentInfo;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ginko agent …}: an agent's registration and liveness, and the status board. */
@Command(name = "agent", description = "Register agents, keep them alive, and see who does what.",
        subcommands = {StatusCommand.class, RegisterCommand.class})
final class AgentCommand {

    @Spec
    private CommandSpec spec;

    @Command(name = "heartbeat",
            description = "Tell the others the agent is alive (brings an offline agent back).")
    int heartbeat(@Mixin ConnectionOptions connection, @Mixin AgentOption agent, @Mixin VerboseOption verbose)
            throws InterruptedException {
        return agent.runAs(connection, (client, session) -> {
            session.heartbeat();
            AgentInfo info = session.info();
            spec.commandLine().getOut().println("Heartbeat sent for " + info.id() + " (" + info.name() + ", "
                    + info.status().wireName() + ")");
            return 0;
        });
    }

    @Command(name = "deregister", description = "Mark an agent offline now; its claims can then be taken over.")
    int deregister(@Parameters(arity = "0..1", paramLabel = "AGENT_ID",
                    description = "The agent (default: --agent-id / GINKO_AGENT_ID).") Optional<String> agentId,
            @Mixin ConnectionOptions connection, @Mixin AgentOption agent, @Mixin VerboseOption verbose)
            throws InterruptedException {
        String id = agentId.orElseGet(agent::required);
        return connection.run(client -> {
            client.deregisterAgent(id);
            spec.commandLine().getOut().println(id + " is offline now.");
            return 0;
        });
    }
}
