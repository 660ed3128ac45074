package ai.ginko.examples.mcp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code bin/ginko hook} as Claude Code runs a command hook: the input JSON on stdin, a child of this JVM
 * (which plays the session's Claude Code process), with the given environment.
 */
final class LauncherHook {

    private static final Path LAUNCHER = Path.of("bin", "ginko").toAbsolutePath();

    private LauncherHook() {
    }

    /** What the hook did: its exit code, what it printed on stdout and stderr, and how long it ran. */
    record Outcome(int exitCode, String out, String err, Duration took) {
    }

    static Outcome run(Map<String, String> environment, String input) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), "hook");
        // Claude Code's variable would point the command line at a real project's .mcp.json.
        builder.environment().remove("CLAUDE_PROJECT_DIR");
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the hook did not end within 30 s");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Outcome(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8), took);
    }
}
