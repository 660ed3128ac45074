package ai.ginko.examples.mcp;

import ai.ginko.neo4j.EmbeddedNeo4j;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for one Claude Code session: a {@code bash} process that starts {@code ginko mcp} through the real
 * launcher as its child, as Claude Code starts a session's MCP server, and then runs {@code ginko hook} through the
 * launcher, also as its child (by way of a subshell), once for every input it is given, as Claude Code runs a
 * session's command hooks.
 *
 * <p>The hooks run where the command line could not answer them (no agent, a database port that refuses), and the
 * server logs each hook it answers (its HookServer logger at debug, on its stderr, kept in {@link #serverLog()}).
 */
final class ClaudeCodeSession implements AutoCloseable {

    private static final Path LAUNCHER = Path.of("bin", "ginko").toAbsolutePath();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /**
     * The session: the server's stdin is a FIFO that this shell holds open (fd 4) until its own stdin ends, and each
     * line of its stdin is one hook input, whose answer it prints as one line.
     */
    private static final String SCRIPT = """
            mkfifo "$SESSION_DIR/mcp.in"
            JAVA_TOOL_OPTIONS=-Dorg.slf4j.simpleLogger.log.ai.ginko.examples.hook.HookServer=debug \
                "$GINKO" mcp < "$SESSION_DIR/mcp.in" > "$SESSION_DIR/mcp.out" 2> "$SESSION_DIR/mcp.err" &
            exec 4> "$SESSION_DIR/mcp.in"
            while IFS= read -r input; do
              answer=$(GINKO_NEO4J_URI=bolt://127.0.0.1:1 GINKO_AGENT_ID= GINKO_AGENT_NAME= \
                  "$GINKO" hook <<< "$input" 2>> "$SESSION_DIR/hook.err")
              printf '%s\\n' "${answer//$'\\n'/ }"
            done
            exec 4>&-
            wait
            """;

    private final Process shell;
    private final Path directory;
    private final PrintWriter hooks;
    private final BufferedReader answers;

    private ClaudeCodeSession(Process shell, Path directory) {
        this.shell = shell;
        this.directory = directory;
        this.hooks = new PrintWriter(shell.getOutputStream(), true, StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Starts a session in {@code cwd} whose server is agent {@code agentId} named {@code name} in {@code org}
     * (project {@code checkout}) of the embedded Neo4j, announcing its hook port in {@code runtime}; returns once
     * the server's file is there.
     */
    static ClaudeCodeSession start(Path cwd, Path directory, Path runtime, String org, String name, String agentId)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", SCRIPT).directory(cwd.toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("CLAUDE_PROJECT_DIR");
        environment.putAll(Map.of(
                "GINKO", LAUNCHER.toString(),
                "SESSION_DIR", directory.toString(),
                "GINKO_RUNTIME_DIR", runtime.toString(),
                "GINKO_NEO4J_URI", EmbeddedNeo4j.boltUri().toString(),
                "GINKO_ORG", org,
                "GINKO_PROJECT", "checkout",
                "GINKO_USER", "tester",
                "GINKO_AGENT_NAME", name,
                "GINKO_AGENT_ID", agentId));
        ClaudeCodeSession session = new ClaudeCodeSession(builder.start(), directory);
        Path file = runtime.resolve("hook-" + session.shell.pid());
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!Files.exists(file)) {
            if (!session.shell.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("the session's server never announced its port: " + session.serverLog());
            }
            Thread.sleep(50);
        }
        return session;
    }

    /** Runs one hook in the session and returns what it printed (one line; empty when nothing). */
    String hook(String input) throws IOException {
        hooks.println(input.replace('\n', ' '));
        String answer = answers.readLine();
        if (answer == null) {
            throw new AssertionError("the session ended: " + serverLog());
        }
        return answer;
    }

    /** What the session's hooks said on stderr. */
    String hookErrors() throws IOException {
        Path file = directory.resolve("hook.err");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    /** The server's stderr so far. */
    String serverLog() {
        try {
            return Files.readString(directory.resolve("mcp.err"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** The hooks the session's server says it answered, one per line of its log. */
    List<String> hooksAnsweredByTheServer() {
        return serverLog().lines().filter(line -> line.contains("Answered a hook of this session")).toList();
    }

    /** Ends the session: its stdin closes, so it closes its server's stdin, and the server stops. */
    @Override
    public void close() throws InterruptedException {
        hooks.close();
        if (!shell.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            shell.descendants().forEach(ProcessHandle::destroyForcibly);
            shell.destroyForcibly();
        }
    }
}
