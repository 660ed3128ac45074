package ai.ginko.examples.mcp;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Scope;
import ai.ginko.examples.hook.HookResponder;
import ai.ginko.examples.hook.HookServer;
import ai.ginko.tools.GinkoTools;
import ai.ginko.tools.StartedAgent;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The Ginko MCP server: one process per agent session, speaking MCP over stdio, whose life is the agent's
 * presence.
 *
 * <p>It registers the agent and keeps it alive with heartbeats for as long as it serves. When the client closes
 * the input (the way an MCP client ends a session) it marks the agent offline at once, and so it does when the
 * process is asked to stop (SIGTERM, Ctrl-C). A process that is killed outright stops sending heartbeats, and the
 * other agents see it offline once the offline threshold passes.
 *
 * <p>It answers the client before it has connected to the database ({@link #start}, then {@link #serve}): what
 * {@code initialize} and {@code tools/list} return (server info, capabilities, instructions, the tools' names,
 * descriptions and schemas) needs no database, and connecting and registering were most of the client's wait. A
 * tool call that comes before the agent is registered waits for it, at most {@link #TOOL_WAIT}
 * ({@link GinkoTools#forStartingAgent}).
 */
public final class GinkoMcpServer implements AutoCloseable {

    /** How long a tool call made before the agent is registered waits for it; longer than a slow connect. */
    static final Duration TOOL_WAIT = Duration.ofSeconds(30);

    /** A request of the shape every session starts with, read once by {@link #prepareJson}. */
    private static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18",\
            "capabilities":{},"clientInfo":{"name":"ginko","version":"0"}}}""";

    private final AgentRegistration registration;
    private final ProtocolInput input;
    /** Completed once, by {@link #serve} when the agent is registered, or exceptionally when it cannot be. */
    private final CompletableFuture<StartedAgent> agent;
    private final McpSyncServer server;

    private GinkoMcpServer(AgentRegistration registration, ProtocolInput input, CompletableFuture<StartedAgent> agent,
            McpSyncServer server) {
        this.registration = registration;
        this.input = input;
        this.agent = agent;
        this.server = server;
    }

    /**
     * The JSON of the protocol for {@link #start}, made ready on a thread of its own: what Jackson does first
     * (building its readers and writers for the protocol's types as it reads its first request and writes its first
     * answer) and the SDK's default schema validator, which checks tool results against their output schemas,
     * loading its schema dialects, were a large part of the wait for the answer to {@code initialize}.
     */
    public static CompletableFuture<ProtocolJson> prepareJson() {
        return CompletableFuture.supplyAsync(() -> {
            McpJsonMapper mapper = new JacksonMcpJsonMapper(new ObjectMapper());
            // The SDK's own default (its JsonSchemaValidatorSupplier makes the same), made here instead of at build.
            JsonSchemaValidator validator = new DefaultJsonSchemaValidator();
            try {
                mapper.writeValueAsString(McpSchema.deserializeJsonRpcMessage(mapper, INITIALIZE));
                mapper.writeValueAsString(ServerCapabilities.builder().tools(false).build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            validator.validate(Map.of("type", "object"), Map.of());
            return new ProtocolJson(mapper, validator);
        }, task -> Thread.ofPlatform().daemon().name("ginko-mcp-json").start(task));
    }

    /**
     * Starts answering the client on {@code in} and {@code out}, before any database is reached: the answer to
     * {@code initialize} and the tool list go out at once, and tool calls wait for {@link #serve}.
     *
     * @param registration  the agent this process stands for
     * @param scope         the scope the agent will work in, for the instructions
     * @param version       the server version announced to clients
     * @param in            where the client's messages come from (the process's stdin)
     * @param out           where the server's messages go (the process's stdout): nothing else may write to it
     * @param newsInResults whether every tool result carries the agent's news ({@link ResultNews})
     * @param json          the protocol's JSON mapper and schema validator, e.g. from {@link #prepareJson}
     */
    public static GinkoMcpServer start(AgentRegistration registration, Scope scope, String version, InputStream in,
            OutputStream out, boolean newsInResults, ProtocolJson json) {
        McpJsonMapper mapper = json.mapper();
        ProtocolInput input = new ProtocolInput(in, mapper);
        CompletableFuture<StartedAgent> agent = new CompletableFuture<>();
        ResultNews news = new ResultNews(newsInResults
                ? Optional.of(agent.thenApply(started -> started.session().news())) : Optional.empty());
        McpSyncServer server = McpServer.sync(new StdioServerTransportProvider(mapper, input, out))
                .serverInfo("ginko", version)
                .instructions(instructions(scope, registration, newsInResults))
                .capabilities(ServerCapabilities.builder().tools(false).build())
                .jsonMapper(mapper)
                .jsonSchemaValidator(json.validator())
                // GinkoTool.call checks arguments, with the project's messages.
                .validateToolInputs(false)
                .tools(GinkoTools.forStartingAgent(agent, TOOL_WAIT).stream()
                        .map(tool -> ToolCalls.specification(tool, news)).toList())
                .build();
        return new GinkoMcpServer(registration, input, agent, server);
    }

    /**
     * Registers the agent, lets the waiting tool calls run, and serves until the input ends; then marks the agent
     * offline. Called once, after {@link #start}.
     *
     * @param client     the scope's client (of the scope given to {@link #start}); the caller closes it
     * @param hookFolder where to announce the port that answers the hooks of this process's Claude Code session
     *                   (see {@link HookServer})
     */
    public void serve(CoordinationClient client, Path hookFolder) throws InterruptedException {
        Presence presence = new Presence();
        // On SIGTERM the JVM runs this and then halts, whatever the serving thread is doing. Added before the agent
        // is registered, so that a stop at any moment of the registration is seen (see Presence).
        Thread onStop = Thread.ofPlatform().unstarted(() -> {
            presence.end();
            client.close();
        });
        Runtime.getRuntime().addShutdownHook(onStop);
        try {
            AgentSession session = presence.start(client, registration, hookFolder);
            // The tools read wait_for_events' start, the newest event, on this thread before any call proceeds.
            agent.complete(new StartedAgent(client, session));
            input.awaitEnd();
        } catch (RuntimeException e) {
            agent.completeExceptionally(e);
            throw e;
        } finally {
            // Offline first: that is what the other agents wait for.
            presence.end();
            try {
                Runtime.getRuntime().removeShutdownHook(onStop);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs (or ran) anyway.
            }
        }
    }

    /** Stops answering; a tool call still waiting for the agent (it never registered) is answered with an error. */
    @Override
    public void close() {
        agent.completeExceptionally(new IllegalStateException("ginko mcp is stopping"));
        server.close();
    }

    /** The protocol's JSON mapper, and the validator of tool results against their output schemas. */
    public record ProtocolJson(McpJsonMapper mapper, JsonSchemaValidator validator) {
    }

    /**
     * The agent's session and the port that answers its hooks, started once and ended once by whichever comes
     * first: the end of the input or a stop signal. Both hold one lock, so neither sees the other half done: a stop
     * that comes while the agent registers waits for the registration and then marks the agent offline; a stop
     * that came before it leaves nothing to register. A stop usually brings both ends at once (a process being
     * destroyed gets SIGTERM and sees its stdin close), so the second caller of {@link #end} must wait until the
     * first has marked the agent offline: otherwise the shutdown hook would close the client, and the JVM halt,
     * under the write.
     */
    private static final class Presence {

        private final Object lock = new Object();
        private @Nullable AgentSession session;
        private Optional<HookServer> hooks = Optional.empty();
        private boolean ended;

        /** Registers the agent, then announces the hooks' port (a hook it answers acts as this agent). */
        AgentSession start(CoordinationClient client, AgentRegistration registration, Path hookFolder) {
            synchronized (lock) {
                if (ended) {
                    throw new IllegalStateException("ginko mcp is stopping");
                }
                AgentSession started = client.startAgent(registration);
                session = started;
                hooks = HookServer.start(new HookResponder(client, started), hookFolder);
                return started;
            }
        }

        void end() {
            synchronized (lock) {
                ended = true;
                if (session != null) {
                    session.close();
                }
                hooks.ifPresent(HookServer::close);
            }
        }
    }

    /**
     * What the server tells the client at initialize (Claude Code, Codex and Gemini CLI give it to the model): what
     * ginko is and which tool serves which need, as facts.
     */
    static String instructions(Scope scope, AgentRegistration registration, boolean newsInResults) {
        return String.join("\n",
                "Ginko connects this agent, " + registration.agentId() + " (" + registration.name() + "), with the "
                        + "other AI agents of project " + scope + " through a shared, ordered event log.",
                "- Who works on what, and what is blocked: agent_status; active_blockers.",
                "- Work: ready_tasks lists the tasks this agent could take; claim_next_task takes the best one, "
                        + "claim_task one by id (a task has one holder); complete_task or release_task ends it.",
                "- Telling the others: log_event (decisions, fixes, features, blockers; blocker_resolved ends a "
                        + "blocker); handoff keeps a note for the next session.",
                newsInResults
                        ? "- Hearing from the others: every tool result ends with the news since this agent was last "
                                + "shown any (their events, blockers on its tasks, tasks ready for it); "
                                + "wait_for_events waits for new events."
                        : "- Hearing from the others: wait_for_events returns their new events, waiting when there "
                                + "are none.");
    }
}
