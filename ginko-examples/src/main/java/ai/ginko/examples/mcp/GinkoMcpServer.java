package ai.ginko.examples.mcp;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.examples.hook.HookResponder;
import ai.ginko.examples.hook.HookServer;
import ai.ginko.tools.GinkoTools;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The Ginko MCP server: one process per agent session, speaking MCP over stdio, whose life is the agent's
 * presence.
 *
 * <p>It registers the agent and keeps it alive with heartbeats for as long as it serves. When the client closes
 * the input (the way an MCP client ends a session) it marks the agent offline at once, and so it does when the
 * process is asked to stop (SIGTERM, Ctrl-C). A process that is killed outright stops sending heartbeats, and the
 * other agents see it offline once the offline threshold passes.
 */
public final class GinkoMcpServer {

    /** A request of the shape every session starts with, read once by {@link #prepareJson}. */
    private static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18",\
            "capabilities":{},"clientInfo":{"name":"ginko","version":"0"}}}""";

    private GinkoMcpServer() {
    }

    /**
     * The JSON of the protocol for {@link #serve}, made ready on a thread of its own while the caller connects to the
     * database: the client waits for the answer to {@code initialize}, and what this does first (Jackson building its
     * readers and writers for the protocol's types as it reads its first request and writes its first answer; the
     * SDK's default schema validator, which checks tool results against their output schemas, loading its schema
     * dialects) was a large part of that wait, which no longer comes after connecting but beside it.
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
     * Registers the agent and serves the tools on {@code in} and {@code out} until {@code in} ends.
     *
     * @param client       the scope's client; the caller closes it
     * @param registration the agent this process stands for
     * @param version      the server version announced to clients
     * @param in           where the client's messages come from (the process's stdin)
     * @param out          where the server's messages go (the process's stdout): nothing else may write to it
     * @param hookFolder   where to announce the port that answers the hooks of this process's Claude Code session
     *                     (see {@link HookServer})
     * @param newsInResults whether every tool result carries the agent's news ({@link ResultNews})
     * @param json         the protocol's JSON mapper and schema validator, e.g. from {@link #prepareJson}
     */
    public static void serve(CoordinationClient client, AgentRegistration registration, String version,
            InputStream in, OutputStream out, Path hookFolder, boolean newsInResults, ProtocolJson json)
            throws InterruptedException {
        McpJsonMapper mapper = json.mapper();
        ProtocolInput input = new ProtocolInput(in, mapper);
        Presence presence = new Presence(client.startAgent(registration));
        Optional<HookServer> hooks = HookServer.start(new HookResponder(client, presence.session()), hookFolder);
        // On SIGTERM the JVM runs this and then halts, whatever the serving thread is doing.
        Thread onStop = Thread.ofPlatform().unstarted(() -> {
            presence.end();
            hooks.ifPresent(HookServer::close);
            client.close();
        });
        Runtime.getRuntime().addShutdownHook(onStop);
        ResultNews news = new ResultNews(newsInResults ? Optional.of(presence.session().news()) : Optional.empty());
        McpSyncServer server = null;
        try {
            server = McpServer.sync(new StdioServerTransportProvider(mapper, input, out))
                    .serverInfo("ginko", version)
                    .instructions(instructions(client, presence.session(), registration, newsInResults))
                    .capabilities(ServerCapabilities.builder().tools(false).build())
                    .jsonMapper(mapper)
                    .jsonSchemaValidator(json.validator())
                    // GinkoTool.call checks arguments, with the project's messages.
                    .validateToolInputs(false)
                    .tools(GinkoTools.forAgent(client, presence.session()).stream()
                            .map(tool -> ToolCalls.specification(tool, news)).toList())
                    .build();
            input.awaitEnd();
        } finally {
            // Offline first: that is what the other agents wait for.
            presence.end();
            hooks.ifPresent(HookServer::close);
            if (server != null) {
                server.close();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(onStop);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs (or ran) anyway.
            }
        }
    }

    /** The protocol's JSON mapper, and the validator of tool results against their output schemas. */
    public record ProtocolJson(McpJsonMapper mapper, JsonSchemaValidator validator) {
    }

    /**
     * The agent's session, ended once by whichever comes first: the end of the input or a stop signal. A stop
     * usually brings both at once (a process being destroyed gets SIGTERM and sees its stdin close), so the second
     * caller must wait until the first has marked the agent offline: otherwise the shutdown hook would close the
     * client, and the JVM halt, under the write.
     */
    private static final class Presence {

        private final AgentSession session;
        private final Object lock = new Object();

        Presence(AgentSession session) {
            this.session = session;
        }

        AgentSession session() {
            return session;
        }

        void end() {
            synchronized (lock) {
                session.close();
            }
        }
    }

    /**
     * What the server tells the client at initialize (Claude Code, Codex and Gemini CLI give it to the model): what
     * ginko is and which tool serves which need, as facts.
     */
    static String instructions(CoordinationClient client, AgentSession session, AgentRegistration registration,
            boolean newsInResults) {
        return String.join("\n",
                "Ginko connects this agent, " + session.agentId() + " (" + registration.name() + "), with the other "
                        + "AI agents of project " + client.scope() + " through a shared, ordered event log.",
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
