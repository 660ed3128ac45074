package ai.ginko.examples.mcp;

import ai.ginko.neo4j.EmbeddedNeo4j;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@code ginko mcp} server in a child JVM (this JVM's {@code java} and class path), driven by the MCP SDK's own
 * client over stdio, exactly as an MCP client such as Claude Code runs it.
 */
final class McpServerProcess implements AutoCloseable {

    /** Longer than the longest wait_for_events (30 s), and than a JVM start on a busy 2-core machine. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);

    private final String agentId;
    private final StdioClientTransport transport;
    private final McpSyncClient client;
    private final List<String> stderr;

    private McpServerProcess(String agentId, StdioClientTransport transport, McpSyncClient client,
            List<String> stderr) {
        this.agentId = agentId;
        this.transport = transport;
        this.client = client;
        this.stderr = stderr;
    }

    /**
     * Starts a server for agent {@code name} with id {@code agentId} in the organization {@code org} (project
     * {@code checkout}) of the shared embedded Neo4j, and completes the MCP handshake.
     */
    static McpServerProcess start(String org, String name, String agentId, Duration heartbeat, Duration offlineAfter) {
        return start(org, name, agentId, heartbeat, offlineAfter, Map.of());
    }

    /** {@link #start(String, String, String, Duration, Duration)} with more environment variables. */
    static McpServerProcess start(String org, String name, String agentId, Duration heartbeat, Duration offlineAfter,
            Map<String, String> moreEnvironment) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "GINKO_NEO4J_URI", EmbeddedNeo4j.boltUri().toString(),
                "GINKO_ORG", org,
                "GINKO_PROJECT", "checkout",
                "GINKO_USER", "tester",
                "GINKO_AGENT_NAME", name,
                "GINKO_AGENT_ID", agentId,
                "GINKO_AGENT_CAPABILITIES", "java,review"));
        environment.putAll(moreEnvironment);
        return start(name, agentId, environment, "--heartbeat-interval", heartbeat.toMillis() + "ms",
                "--offline-after", offlineAfter.toMillis() + "ms");
    }

    /**
     * Starts {@code ginko mcp} with exactly {@code environment} and {@code options}, and completes the MCP
     * handshake; its stderr lines are kept ({@link #stderr()}).
     */
    static McpServerProcess start(String name, String agentId, Map<String, String> environment, String... options) {
        List<String> command = command(options);
        ServerParameters parameters = ServerParameters.builder(command.getFirst())
                .args(command.subList(1, command.size()))
                .env(environment)
                .build();
        StdioClientTransport transport = new StdioClientTransport(parameters,
                new JacksonMcpJsonMapper(new ObjectMapper()));
        // The transport must read the server's stderr: it stops sending to a server whose stderr has ended.
        List<String> stderr = new CopyOnWriteArrayList<>();
        transport.setStdErrorHandler(line -> {
            System.err.println("[" + name + "] " + line);
            stderr.add(line);
        });
        McpSyncClient client = McpClient.sync(transport)
                .requestTimeout(REQUEST_TIMEOUT)
                .initializationTimeout(REQUEST_TIMEOUT)
                .build();
        client.initialize();
        return new McpServerProcess(agentId, transport, client, stderr);
    }

    String agentId() {
        return agentId;
    }

    /** The lines the server wrote on stderr so far. */
    List<String> stderr() {
        return List.copyOf(stderr);
    }

    McpSyncClient client() {
        return client;
    }

    CallToolResult call(String tool, Map<String, Object> arguments) {
        return client.callTool(new CallToolRequest(tool, arguments));
    }

    /** The structured content of a call that must succeed. */
    @SuppressWarnings("unchecked")
    Map<String, Object> structured(String tool, Map<String, Object> arguments) {
        CallToolResult result = call(tool, arguments);
        if (Boolean.TRUE.equals(result.isError())) {
            throw new AssertionError(tool + " " + arguments + " failed: " + text(result));
        }
        return (Map<String, Object>) result.structuredContent();
    }

    /** The tool's own text: the first block (the agent's news, when there is any, comes as a second one). */
    static String text(CallToolResult result) {
        return ((TextContent) result.content().getFirst()).text();
    }

    /** The news block of a result: its second text block. */
    static String news(CallToolResult result) {
        if (result.content().size() < 2) {
            throw new AssertionError("the result carries no news: " + result.content());
        }
        return ((TextContent) result.content().get(1)).text();
    }

    /**
     * The server's process. The SDK's transport keeps it to itself; the tests need it to close the server's stdin
     * and to kill it, which is what a client does that ends a session or dies.
     */
    Process process() {
        try {
            Field field = StdioClientTransport.class.getDeclaredField("process");
            field.setAccessible(true);
            return (Process) field.get(transport);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the MCP SDK's StdioClientTransport no longer has a 'process' field", e);
        }
    }

    /** Closes the server's stdin, the way an MCP client ends a session. */
    void closeStdin() {
        try {
            process().getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server with SIGTERM, as the SDK's client does on close, and waits for it to exit. */
    @Override
    public void close() {
        client.closeGracefully();
        process().destroyForcibly();
    }

    /** The command line of {@code ginko mcp} with {@code options}, in a JVM on this JVM's class path. */
    static List<String> command(String... options) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "--enable-native-access=ALL-UNNAMED"));
        if (Runtime.version().feature() >= 23) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "ai.ginko.examples.cli.GinkoCli", "mcp"));
        command.addAll(List.of(options));
        return command;
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("cannot tell which java runs this JVM"));
    }
}
