package ai.ginko.examples.cli;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.Scope;
import ai.ginko.examples.hook.RuntimeFolder;
import ai.ginko.examples.mcp.GinkoMcpServer;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ginko mcp}: the MCP server over stdio, started by an MCP client (Claude Code, Codex, Cursor, …) once per
 * agent session. See {@link GinkoMcpServer}.
 */
@Command(name = McpCommand.NAME, description = {
    "Serve the coordination tools to an AI agent over MCP (stdio), as the agent.",
    "An MCP client starts it once per session: it registers the agent, keeps it alive while it runs, and marks it "
            + "offline when the client closes stdin or stops it. Only MCP messages go to stdout; logs go to stderr."})
final class McpCommand implements Callable<Integer> {

    static final String NAME = "mcp";

    private static final String DEFAULT_NEWS = "on";

    /** Picocli's model of the command; none when it was read without picocli ({@link #fromEnvironment}). */
    @Spec
    private @Nullable CommandSpec spec;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The agent's display name, e.g. Claude-Implementer (env GINKO_AGENT_NAME; required).")
    private @Nullable String name;

    @Option(names = "--agent-id", paramLabel = "AGENT_ID",
            description = "Register with this id, e.g. to keep one across sessions (env GINKO_AGENT_ID; "
                    + "default: a fresh agent_<12 hex>).")
    private @Nullable String agentId;

    @Option(names = "--capability", split = ",", paramLabel = "CAPABILITY",
            description = "What the agent can do; repeatable or comma-separated (env GINKO_AGENT_CAPABILITIES).")
    private List<String> capabilities = new ArrayList<>();

    @Option(names = "--heartbeat-interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How often the agent's heartbeat is sent, e.g. 10s or 500ms (default: a third of "
                    + "--offline-after, at most 10s).")
    private @Nullable Duration heartbeatInterval;

    @Option(names = "--news", paramLabel = "on|off", defaultValue = DEFAULT_NEWS,
            description = "Whether every tool result carries the agent's news: what the others did since it was "
                    + "last shown any (env GINKO_MCP_NEWS; default: ${DEFAULT-VALUE}).")
    private String news;

    @Mixin
    private ConnectionOptions connection;

    @SuppressWarnings("UnusedVariable") // picocli reads it: the mixin adds --verbose, which ErrorReporter checks
    @Mixin
    private VerboseOption verbose;

    /**
     * The command as picocli sets it up without arguments, read from {@code environment} without picocli (as
     * {@code ginko setup} configures every client, at every session start; see {@link GinkoCli#main}); empty when
     * picocli would refuse any of it, or when a value is one that only picocli reads exactly (a quoted list), so
     * that picocli's path says why in its own words.
     */
    static Optional<McpCommand> fromEnvironment(Map<String, String> environment) {
        EnvironmentDefaults defaults = new EnvironmentDefaults(environment);
        Optional<String> capabilities = defaults.optionValue(NAME, "--capability");
        if (capabilities.filter(list -> list.contains("\"")).isPresent()) {
            return Optional.empty();
        }
        McpCommand mcp = new McpCommand();
        mcp.name = defaults.optionValue(NAME, "--name").orElse(null);
        mcp.agentId = defaults.optionValue(NAME, "--agent-id").orElse(null);
        capabilities.ifPresent(list -> mcp.capabilities.addAll(Arrays.asList(list.split(","))));
        mcp.news = defaults.optionValue(NAME, "--news").orElse(DEFAULT_NEWS);
        mcp.verbose = new VerboseOption();
        try {
            mcp.connection = ConnectionOptions.fromEnvironment(defaults, NAME);
            mcp.checkSettings();
        } catch (RuntimeException refused) {
            return Optional.empty();
        }
        return Optional.of(mcp);
    }

    /** Refuses, as {@link #call} does before it serves, settings it cannot serve with. */
    void checkSettings() {
        registration();
        newsInResults();
        connection.scope();
    }

    @Override
    public Integer call() throws InterruptedException {
        AgentRegistration registration = registration();
        boolean newsInResults = newsInResults();
        Scope scope = connection.scope();
        CompletableFuture<GinkoMcpServer.ProtocolJson> json = GinkoMcpServer.prepareJson();
        // The protocol owns stdout; anything else that prints there (a library, a stray println) goes to stderr.
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        System.setOut(System.err);
        // The client is answered from here on, while this thread connects and registers; a connection that fails
        // ends the command (exit 1, naming the database) and closes the server, which answers a waiting call.
        try (GinkoMcpServer server = GinkoMcpServer.start(registration, scope, VersionProvider.buildVersion(),
                System.in, protocol, newsInResults, json.join())) {
            return connection.run(this::tune, client -> {
                server.serve(client, RuntimeFolder.of(System.getenv()));
                return 0;
            });
        }
    }

    private boolean newsInResults() {
        return switch (news.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw usageError(
                    "--news must be on or off (env " + EnvironmentDefaults.MCP_NEWS_ENV + "), was " + news);
        };
    }

    private AgentRegistration registration() {
        if (name == null) {
            throw usageError("no agent name: set " + EnvironmentDefaults.AGENT_NAME_ENV + " (or pass --name)");
        }
        AgentRegistration registration = AgentRegistration.named(name).withCapabilities(capabilities);
        return agentId == null ? registration : registration.withId(agentId);
    }

    private RuntimeException usageError(String message) {
        return spec == null ? new IllegalArgumentException(message) : new ParameterException(spec.commandLine(), message);
    }

    private void tune(ai.ginko.neo4j.Neo4jCoordination.Builder builder) {
        // The offline threshold is the common --offline-after of ConnectionOptions.
        if (heartbeatInterval != null) {
            builder.heartbeatInterval(heartbeatInterval);
        }
    }
}
