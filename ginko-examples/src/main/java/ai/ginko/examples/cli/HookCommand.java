package ai.ginko.examples.cli;

import ai.ginko.examples.hook.ConflictMode;
import ai.ginko.examples.hook.HookInput;
import ai.ginko.examples.hook.HookResponder;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ginko hook}: answers one Claude Code hook from the command line, for when no {@code ginko mcp} process of
 * the session answers it (the launcher tries that first; see {@link ai.ginko.examples.hook.HookServer}).
 *
 * <p>It never stands in the agent's way: whatever fails (bad input, no agent set, the database down or slow), it
 * prints nothing on stdout, says why on stderr and exits 0, and it gives up on the database after {@link #DEADLINE}
 * so that a hook ends well inside Claude Code's timeout.
 */
@Command(name = "hook", description = {
    "Answer a Claude Code hook (its JSON on stdin) as the agent: the news as additionalContext, an overview at "
            + "SessionStart, a PreToolUse decision on an edit of a file another agent holds exclusively. Exits 0 "
            + "whatever happens; reasons go to stderr."})
final class HookCommand implements Callable<Integer> {

    /** How long the command waits to be connected to the database before it gives up, printing nothing. */
    static final Duration DEADLINE = Duration.ofSeconds(3);

    @Spec
    private CommandSpec spec;

    @Option(names = "--conflict", paramLabel = "deny|ask", defaultValue = "deny",
            description = "PreToolUse of an edit of a file another agent holds exclusively: deny it (the reason goes "
                    + "to Claude) or ask the user (env GINKO_HOOK_CONFLICT; default: ${DEFAULT-VALUE}).")
    private String conflict;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private AgentOption agent;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Thread watchdog = null;
        try {
            HookInput input = HookInput.parse(read(System.in));
            ConflictMode conflicts = ConflictMode.parse(conflict);
            if (HookResponder.answers(input)) {
                String agentId = agent.required();
                // Bounds the wait for a database that does not answer (one that is down refuses at once); ended
                // once connected, so that a slow start of this JVM is not taken for a silent database.
                Thread connecting = Thread.ofPlatform().daemon().start(HookCommand::giveUpAtDeadline);
                watchdog = connecting;
                connection.run(client -> {
                    connecting.interrupt();
                    new HookResponder(client, client.attachAgent(agentId)).respond(input, conflicts).ifPresent(json -> {
                        stdout.println(json);
                        stdout.flush();
                    });
                    return 0;
                });
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("ginko hook: " + Objects.requireNonNullElse(e.getMessage(), e.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (watchdog != null) {
                watchdog.interrupt();
            }
        }
        return 0;
    }

    private static String read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(HookInput.MAX_BYTES + 1);
        if (bytes.length > HookInput.MAX_BYTES) {
            throw new IllegalArgumentException("hook input must be at most " + HookInput.MAX_BYTES + " bytes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Ends the process with status 0 and nothing on stdout once the deadline passes (unless interrupted first). */
    private static void giveUpAtDeadline() {
        try {
            Thread.sleep(DEADLINE);
        } catch (InterruptedException e) {
            return;
        }
        System.err.println("ginko hook: no answer from the database within " + DEADLINE.toMillis() + " ms; "
                + "nothing printed");
        System.err.flush();
        Runtime.getRuntime().halt(0);
    }
}
