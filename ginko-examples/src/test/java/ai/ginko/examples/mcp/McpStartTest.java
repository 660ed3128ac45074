package ai.ginko.examples.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code ginko mcp} answers its client before it has reached the database, and still ends as before when the
 * database cannot be reached; without arguments (read without picocli) it refuses what picocli's path refuses, in the
 * same words.
 */
class McpStartTest {

    /** A port nothing listens on: the connection is refused at once. */
    private static final String DOWN = "bolt://127.0.0.1:1";

    @Test
    void withTheDatabaseDownTheHandshakeIsAnsweredAndTheServerExitsOneNamingTheDatabase()
            throws Exception {
        try (McpServerProcess server = McpServerProcess.start("Early", "agent_121212121212", Map.of(
                "GINKO_NEO4J_URI", DOWN, "GINKO_ORG", "acme", "GINKO_PROJECT", "checkout",
                "GINKO_AGENT_NAME", "Early", "GINKO_AGENT_ID", "agent_121212121212"))) {
            assertThat(server.client().getServerInstructions())
                    .contains("agent_121212121212 (Early)", "project acme/checkout");

            Process process = server.process();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exited").isTrue();
            assertThat(process.exitValue()).isEqualTo(1);
            // The transport reads stderr on a thread of its own, which may still be at work after the exit.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (server.stderr().stream().noneMatch(line -> line.contains(DOWN)) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(String.join("\n", server.stderr())).contains("cannot reach Neo4j at " + DOWN);
        }
    }

    @Test
    void withoutAnAgentNameTheServerExitsTwoNamingTheVariableToSet() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(McpServerProcess.command());
        builder.environment().clear();
        builder.environment().putAll(Map.of("GINKO_NEO4J_URI", DOWN, "GINKO_ORG", "acme", "GINKO_PROJECT", "checkout"));
        Process process = builder.start();
        process.getOutputStream().close();

        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exited").isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(stderr.lines()).containsExactly("ginko: no agent name: set GINKO_AGENT_NAME (or pass --name)",
                "Try 'ginko mcp --help' for more information.");
        assertThat(process.getInputStream().readAllBytes()).as("stdout").isEmpty();
    }
}
