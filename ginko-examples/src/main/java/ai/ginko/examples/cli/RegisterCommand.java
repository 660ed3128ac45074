package ai.ginko.examples.cli;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentRegistration;
import ai.ginko.core.CoordinationClient;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ginko agent register}: prints the agent's id alone on standard output (so that
 * {@code id=$(ginko agent register --name X)} works) and the {@code export} hint on standard error.
 */
@Command(name = "register", description = "Register an agent (again, idempotently, with --id) and print its id.")
final class RegisterCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "Display name, e.g. Claude-Implementer.")
    private String name;

    @Option(names = "--id", paramLabel = "AGENT_ID", description = "Use this id (default: a fresh agent_<12 hex>).")
    private @Nullable String id;

    @Option(names = "--capability", paramLabel = "CAPABILITY", description = "What the agent can do; repeatable.")
    private List<String> capabilities = new ArrayList<>();

    @Mixin
    private ConnectionOptions connection;

    @SuppressWarnings("UnusedVariable") // picocli reads it: the mixin adds --verbose, which ErrorReporter checks
    @Mixin
    private VerboseOption verbose;

    @Override
    public Integer call() throws InterruptedException {
        return connection.run(this::register);
    }

    private int register(CoordinationClient client) {
        AgentRegistration registration = AgentRegistration.named(name).withCapabilities(capabilities);
        AgentInfo agent = client.registerAgent(id == null ? registration : registration.withId(id));
        spec.commandLine().getOut().println(agent.id());
        PrintWriter err = spec.commandLine().getErr();
        err.println("Registered " + agent.name() + " in " + client.scope() + ". To act as it in this shell:");
        err.println("  export " + EnvironmentDefaults.AGENT_ID_ENV + "=" + agent.id());
        err.println("It counts as offline after " + DurationConverter.format(client.settings().offlineAfter())
                + " without a sign of life: 'ginko log' or 'ginko task' as it, 'ginko agent heartbeat',");
        err.println("or 'ginko agent heartbeat --every 10s' running beside it.");
        return 0;
    }
}
