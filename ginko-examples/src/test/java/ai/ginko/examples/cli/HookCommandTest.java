package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code ginko hook} on the command line (the fallback when no {@code ginko mcp} of the session answers) never
 * stands in the agent's way: whatever fails, it exits 0, prints nothing on stdout, and says why on stderr.
 */
class HookCommandTest {

    private static final String POST_TOOL_USE = """
            {"session_id":"abc123","transcript_path":"/home/u/.claude/projects/p/0.jsonl","cwd":"/home/u/repo",\
            "permission_mode":"default","hook_event_name":"PostToolUse","tool_name":"Write",\
            "tool_input":{"file_path":"/home/u/repo/a.txt","content":"x"},\
            "tool_response":{"filePath":"/home/u/repo/a.txt","success":true},"tool_use_id":"toolu_01"}""";

    /** An event ginko has nothing to say to: the command ends without connecting. */
    private static final String STOP = """
            {"session_id":"abc123","transcript_path":"/home/u/.claude/projects/p/0.jsonl","cwd":"/home/u/repo",\
            "permission_mode":"default","hook_event_name":"Stop","stop_hook_active":false}""";

    @Test
    void withTheDatabaseDownItExitsZeroWithNoOutputWithinTwoSecondsOfAHookThatNeedsNoDatabase() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        GinkoShell shell = GinkoShell.fresh().with("GINKO_NEO4J_URI", "bolt://127.0.0.1:" + closedPort)
                .asAgent("agent_aaaaaaaaaaaa");

        Outcome noDatabaseNeeded = run(shell, STOP);
        Outcome outcome = run(shell, POST_TOOL_USE);

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).as(outcome.err()).isEmpty();
        // Refused at once; on a machine so busy that loading the driver outlasts the deadline, the deadline's line.
        assertThat(outcome.err()).matches("(?s)ginko hook: (cannot reach Neo4j at bolt://127\\.0\\.0\\.1:" + closedPort
                + "|no answer from the database within 3000 ms).*");
        assertThat(outcome.took()).isLessThan(noDatabaseNeeded.took().plusSeconds(2));
    }

    @Test
    void aDatabaseThatNeverAnswersIsGivenUpOnAtTheDeadline() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            // Accepts connections (the backlog does) and never answers the Bolt handshake.
            GinkoShell shell = GinkoShell.fresh().with("GINKO_NEO4J_URI", "bolt://127.0.0.1:" + silent.getLocalPort())
                    .asAgent("agent_aaaaaaaaaaaa");

            Outcome noDatabaseNeeded = run(shell, STOP);
            Outcome outcome = run(shell, POST_TOOL_USE);

            assertThat(outcome.exitCode()).isZero();
            assertThat(outcome.out()).as(outcome.err()).isEmpty();
            assertThat(outcome.err()).contains("ginko hook: no answer from the database within 3000 ms");
            // The driver alone would wait 30 s for the handshake; the slack is for a busy machine.
            assertThat(outcome.took()).isLessThan(noDatabaseNeeded.took().plus(HookCommand.DEADLINE).plusSeconds(5));
        }
    }

    @Test
    void inputThatIsNotJsonExitsZeroWithNoOutputSayingWhy() throws Exception {
        Outcome outcome = run(GinkoShell.fresh().asAgent("agent_aaaaaaaaaaaa"), "not json");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).as(outcome.err()).isEmpty();
        assertThat(outcome.err()).startsWith("ginko hook: hook input must be JSON");
    }

    @Test
    void withoutAnAgentItExitsZeroWithNoOutputNamingTheSetting() throws Exception {
        Outcome outcome = run(GinkoShell.fresh(), POST_TOOL_USE);

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).as(outcome.err()).isEmpty();
        assertThat(outcome.err()).contains("no agent: set GINKO_AGENT_ID");
    }

    @Test
    void underANameThatNoRegisteredAgentHasItExitsZeroWithNoOutputNamingTheNameAndScope() throws Exception {
        GinkoShell shell = GinkoShell.fresh();
        shell.register("Claude-Implementer");

        Outcome outcome = runPastTheDeadline(shell.with("GINKO_AGENT_NAME", "Claude-Reviewer"), POST_TOOL_USE);

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).as(outcome.err()).isEmpty();
        assertThat(outcome.err()).startsWith("ginko hook: no agent named Claude-Reviewer is registered in org-")
                .contains("/checkout");
    }

    private record Outcome(int exitCode, String out, String err, Duration took) {
    }

    /**
     * {@link #run}, again when the command gave up at its deadline: a JVM that needs more than 3 s to connect on a
     * machine this busy prints nothing and reads nothing (the tests above prove that), which is not what is tested.
     */
    private static Outcome runPastTheDeadline(GinkoShell shell, String input) throws IOException, InterruptedException {
        Outcome outcome = run(shell, input);
        for (int attempt = 2; attempt <= 3 && outcome.err().contains("no answer from the database within"); attempt++) {
            outcome = run(shell, input);
        }
        return outcome;
    }

    private static Outcome run(GinkoShell shell, String input) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = shell.spawn("hook");
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the hook ended").isTrue();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Outcome(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8), took);
    }
}
