package ai.ginko.examples.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.Blocker;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import ai.ginko.core.MessageDraft;
import ai.ginko.core.Severity;
import ai.ginko.examples.hook.RuntimeFolder;
import ai.ginko.neo4j.EmbeddedNeo4j;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path of {@code ginko hook}: a real {@code ginko mcp} process, a child of this JVM as it would be of
 * Claude Code, answers hooks that the real launcher ({@code bin/ginko hook}, also a child of this JVM) sends it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HookFastPathTest {

    private static final String AGENT_B = "agent_bbbbbbbbbbbb";
    private static final String POST_TOOL_USE = """
            {"session_id":"abc123","transcript_path":"/home/u/.claude/projects/p/0.jsonl","cwd":"/home/u/repo",\
            "permission_mode":"default","hook_event_name":"PostToolUse","tool_name":"Write",\
            "tool_input":{"file_path":"/home/u/repo/a.txt","content":"x"},\
            "tool_response":{"filePath":"/home/u/repo/a.txt","success":true},"tool_use_id":"toolu_01"}""";

    private final String org = "org-" + UUID.randomUUID();
    @TempDir
    private static Path runtime;
    private McpServerProcess serverOfB;
    private CoordinationClient client;
    private AgentSession a;

    @BeforeAll
    void startTheServerOfB() throws InterruptedException {
        serverOfB = McpServerProcess.start(org, "GPT-Reviewer", AGENT_B, Duration.ofSeconds(1),
                Duration.ofSeconds(30), Map.of(RuntimeFolder.RUNTIME_DIR_ENV, runtime.toString()));
        client = EmbeddedNeo4j.clientBuilder().scope(org, "checkout").userId("tester").build();
        a = client.startAgent(AgentRegistration.named("Claude-Implementer"));
        // The server answers the handshake before it has registered its agent; the file follows the registration.
        Path file = runtime.resolve("hook-" + ProcessHandle.current().pid());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.exists(file)) {
            assertThat(System.nanoTime()).as(file + " not written").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @AfterAll
    void stop() {
        if (client != null) {
            client.close();
        }
        if (serverOfB != null) {
            serverOfB.close();
        }
    }

    @Test
    void theServerAnnouncesItsPortInAFileNamedByItsParentReadableByItsOwnerAlone() throws IOException {
        Path file = runtime.resolve("hook-" + ProcessHandle.current().pid());

        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).matches("\\d+ [0-9a-f]{64}\\n");
    }

    @Test
    void theSessionsServerAnswersPostToolUseWithTheNewsOnceWithoutAJvm() throws Exception {
        warmUpTheServersAnswer();
        a.logger().logBlocker("Payment API answers 429", Blocker.of("API rate limit", Severity.HIGH,
                List.of("TASK-6")));

        LauncherHook.Outcome first = LauncherHook.run(onlyTheServerCanAnswer(), POST_TOOL_USE);
        LauncherHook.Outcome second = LauncherHook.run(onlyTheServerCanAnswer(), POST_TOOL_USE);

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).as(first.err()).startsWith("{\"hookSpecificOutput\":{")
                .contains("\"hookEventName\":\"PostToolUse\"", "blocker: Payment API answers 429");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).as(second.err()).isEmpty();
    }

    @Test
    void aStaleFileIsPassedOverForTheCommandLine(@TempDir Path otherRuntime) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Files.writeString(otherRuntime.resolve("hook-" + ProcessHandle.current().pid()),
                closedPort + " " + "0".repeat(64) + "\n");

        // The command line, once it runs, says that it has no agent to act as: only it can say that.
        LauncherHook.Outcome outcome = LauncherHook.run(Map.of(
                RuntimeFolder.RUNTIME_DIR_ENV, otherRuntime.toString(), "GINKO_AGENT_ID", ""), POST_TOOL_USE);

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).contains("ginko hook: no agent: set GINKO_AGENT_ID");
    }

    @Test
    void twoSessionsInOneFolderEachGetTheirOwnAgentsNewsFromTheirOwnServer(@TempDir Path folder) throws Exception {
        String one = "agent_111111111111";
        String two = "agent_222222222222";
        try (ClaudeCodeSession sessionOne = ClaudeCodeSession.start(folder, Files.createDirectory(
                        folder.resolve(".one")), runtime, org, "Claude-One", one);
                ClaudeCodeSession sessionTwo = ClaudeCodeSession.start(folder, Files.createDirectory(
                        folder.resolve(".two")), runtime, org, "Claude-Two", two)) {
            String input = POST_TOOL_USE.replace("/home/u/repo", folder.toString());
            int warmUps = warmUp(sessionOne, input) + warmUp(sessionTwo, input);

            a.logger().log(EventCategory.DECISION, "Ship on Friday");
            a.messages().send(MessageDraft.to(one).subject("Review TASK-4").build());
            String toOne = sessionOne.hook(input);
            String toTwo = sessionTwo.hook(input);

            assertThat(toOne).contains("decision: Ship on Friday", "message to you: Review TASK-4");
            assertThat(toTwo).contains("decision: Ship on Friday").doesNotContain("Review TASK-4");
            // The command line, had it run, would have said so (it has no agent and no database here).
            assertThat(sessionOne.hookErrors() + sessionTwo.hookErrors()).doesNotContain("ginko hook:");
            // Every hook that each session ran, its own server says it answered: none went to the other's.
            assertThat(sessionOne.hooksAnsweredByTheServer().size() + sessionTwo.hooksAnsweredByTheServer().size())
                    .isEqualTo(warmUps + 2);
        }
    }

    /** Runs the session's hook until it carries A's latest event (see below); returns how many hooks it ran. */
    private int warmUp(ClaudeCodeSession session, String input) throws Exception {
        for (int round = 1; round <= 20; round++) {
            a.logger().log(EventCategory.INSIGHT, "warming up " + round);
            if (session.hook(input).contains("warming up " + round)) {
                assertThat(session.hooksAnsweredByTheServer()).as(session.serverLog()).hasSize(round);
                return round;
            }
        }
        throw new AssertionError("no hook carried the news within 20 rounds: " + session.serverLog());
    }

    /**
     * Calls the hook until one answer carries A's latest event: the server's first answers load their classes, and
     * on a busy machine may miss the answer's deadline.
     */
    private void warmUpTheServersAnswer() throws Exception {
        for (int round = 0; round < 20; round++) {
            a.logger().log(EventCategory.INSIGHT, "warming up " + round);
            if (LauncherHook.run(onlyTheServerCanAnswer(), POST_TOOL_USE).out().contains("warming up " + round)) {
                return;
            }
        }
        throw new AssertionError("no hook carried the news within 20 rounds");
    }

    /** An environment in which the command line could not answer: no agent, and no database where it looks. */
    private Map<String, String> onlyTheServerCanAnswer() {
        return Map.of(RuntimeFolder.RUNTIME_DIR_ENV, runtime.toString(), "GINKO_NEO4J_URI", "bolt://127.0.0.1:1",
                "GINKO_AGENT_ID", "");
    }
}
