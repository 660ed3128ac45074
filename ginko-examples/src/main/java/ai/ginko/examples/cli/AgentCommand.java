package ai.ginko.examples.cli;

import ai.ginko.core.AgentInfo;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ginko agent …}: an agent's registration and liveness, and the status board. */
@Command(name = "agent", description = "Register agents, keep them alive, and see who does what.",
        subcommands = {StatusCommand.class, RegisterCommand.class})
final class AgentCommand {

    @Spec
    private CommandSpec spec;

    @Command(name = "heartbeat",
            description = {"Tell the others the agent is alive (brings an agent that went offline by silence back).",
                "With --every, keeps it alive until stopped (Ctrl-C or kill), for agent loops run from a shell."})
    int heartbeat(@Option(names = "--every", paramLabel = "DURATION",
                    description = "Send a heartbeat at this interval until stopped, e.g. 10s; keep it well "
                            + "below --offline-after.") Optional<Duration> every,
            @Mixin ConnectionOptions connection, @Mixin AgentOption agent, @Mixin VerboseOption verbose)
            throws InterruptedException {
        Optional<Duration> interval = every.map(this::requirePositive);
        return agent.runAs(connection, (client, session) -> {
            PrintWriter out = spec.commandLine().getOut();
            session.heartbeat();
            AgentInfo info = session.info();
            if (interval.isEmpty()) {
                out.println("Heartbeat sent for " + info.id() + " (" + info.name() + ", "
                        + info.status().wireName() + ")");
                return 0;
            }
            out.println("Keeping " + info.id() + " (" + info.name() + ") alive: a heartbeat every "
                    + DurationConverter.format(interval.get()) + " until stopped.");
            out.flush();
            return new HeartbeatLoop(session, interval.get(), spec.commandLine().getErr()).run();
        });
    }

    private Duration requirePositive(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new ParameterException(spec.commandLine(),
                    "--every must be positive, was " + DurationConverter.format(interval));
        }
        return interval;
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
