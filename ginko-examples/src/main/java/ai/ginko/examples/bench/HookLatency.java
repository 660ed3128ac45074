package ai.ginko.examples.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The hook section ({@code --hooks N}): how long {@code ginko hook} takes from spawning the launcher to its exit,
 * answered by a running {@code ginko mcp} of the session (the fast path) and by the command line when none runs
 * (the fallback); and how long {@code ginko mcp} takes from its spawn to its answer to {@code initialize}.
 *
 * <p>Everything runs through the real launcher ({@code bin/ginko}), as Claude Code runs it: this JVM plays the
 * session's Claude Code process, the parent of the server and of every hook.
 */
final class HookLatency {

    /** Fallback runs measured at most: each is a JVM start. */
    static final int MAX_FALLBACK_CALLS = 20;
    /** {@code ginko mcp} starts measured after the first, which writes its class-data archive. */
    static final int MCP_STARTS = 5;
    private static final String AGENT = "agent_b0b0b0b0b0b0";
    private static final String POST_TOOL_USE = """
            {"session_id":"bench","transcript_path":"/tmp/bench.jsonl","cwd":"/tmp","permission_mode":"default",\
            "hook_event_name":"PostToolUse","tool_name":"Write","tool_input":{"file_path":"/tmp/a.txt",\
            "content":"x"},"tool_response":{"filePath":"/tmp/a.txt","success":true},"tool_use_id":"toolu_01"}""";
    private static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",\
            "capabilities":{},"clientInfo":{"name":"bench","version":"1"}}}""";

    private HookLatency() {
    }

    /** The figures, in milliseconds. */
    record Result(LatencySummary fastPath, LatencySummary fallback, LatencySummary mcpReady) {

        String table() {
            return String.format(Locale.ROOT, """
                    Hooks (bin/ginko hook, spawn to exit) and ginko mcp (spawn to initialize answered), ms:
                      fast path, ginko mcp running   n=%d  p50 %.1f  p90 %.1f  p99 %.1f  max %.1f
                      fallback, the command line     n=%d  p50 %.1f  p90 %.1f  p99 %.1f  max %.1f
                      ginko mcp ready                n=%d  p50 %.1f  p90 %.1f  p99 %.1f  max %.1f
                    """, fastPath.count(), fastPath.p50Ms(), fastPath.p90Ms(), fastPath.p99Ms(), fastPath.maxMs(),
                    fallback.count(), fallback.p50Ms(), fallback.p90Ms(), fallback.p99Ms(), fallback.maxMs(),
                    mcpReady.count(), mcpReady.p50Ms(), mcpReady.p90Ms(), mcpReady.p99Ms(), mcpReady.maxMs());
        }

        String json() {
            return String.format(Locale.ROOT, "{\"hook_fast_p50_ms\":%.2f,\"hook_fast_p99_ms\":%.2f,"
                    + "\"hook_fallback_p50_ms\":%.2f,\"hook_fallback_p99_ms\":%.2f,\"mcp_ready_p50_ms\":%.2f,"
                    + "\"mcp_ready_max_ms\":%.2f}", fastPath.p50Ms(), fastPath.p99Ms(), fallback.p50Ms(),
                    fallback.p99Ms(), mcpReady.p50Ms(), mcpReady.maxMs());
        }
    }

    static Result run(String uri, String organization, int calls) throws InterruptedException {
        try {
            Path launcher = launcher();
            Path runtime = Files.createTempDirectory("ginko-bench-run");
            Map<String, String> environment = new HashMap<>(Map.of("GINKO_NEO4J_URI", uri, "GINKO_ORG", organization,
                    "GINKO_PROJECT", "hooks", "GINKO_AGENT_NAME", "Hook-Bench", "GINKO_AGENT_ID", AGENT,
                    "GINKO_RUNTIME_DIR", runtime.toString()));
            Benchmark.progress("ginko mcp ready time: 1 + " + MCP_STARTS + " starts ...");
            long firstStart = System.currentTimeMillis();
            startAndStop(launcher, environment);
            awaitBackgroundTraining(launcher, firstStart);
            long[] ready = new long[MCP_STARTS];
            for (int i = 0; i < MCP_STARTS; i++) {
                ready[i] = startAndStop(launcher, environment);
            }
            Benchmark.progress("Hooks answered by a running ginko mcp: " + calls + " calls ...");
            Process server = start(launcher, environment);
            long[] fast;
            try {
                awaitInitialized(server);
                awaitHookFile(runtime.resolve("hook-" + ProcessHandle.current().pid()));
                fast = hooks(launcher, environment, calls);
            } finally {
                server.getOutputStream().close();
                server.waitFor(10, TimeUnit.SECONDS);
                server.destroyForcibly();
            }
            int fallbackCalls = Math.min(calls, MAX_FALLBACK_CALLS);
            Benchmark.progress("Hooks answered by the command line: " + fallbackCalls + " calls ...");
            environment.put("GINKO_RUNTIME_DIR", Files.createTempDirectory("ginko-bench-none").toString());
            long[] fallback = hooks(launcher, environment, fallbackCalls);
            return new Result(LatencySummary.of(fast), LatencySummary.of(fallback), LatencySummary.of(ready));
        } catch (IOException e) {
            throw new BenchmarkFailure("the hook section failed: " + e, e);
        }
    }

    /** bin/ginko of this module, from the module's folder (where Maven runs the benchmark) or the root. */
    private static Path launcher() {
        Path inModule = Path.of("bin", "ginko");
        return (Files.isExecutable(inModule) ? inModule : Path.of("ginko-examples", "bin", "ginko")).toAbsolutePath();
    }

    private static Process start(Path launcher, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "mcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        return builder.start();
    }

    /**
     * Waits for the server's class cache that the first start after a build makes in the background (bin/ginko's
     * train_mcp_cache, in a training-* folder of the module's target): the ready time is that of the starts after it,
     * as an AI client's later sessions see it.
     */
    private static void awaitBackgroundTraining(Path launcher, long sinceMillis)
            throws IOException, InterruptedException {
        Path state = launcher.resolveSibling("../target").normalize();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (training(state, sinceMillis)) {
            if (System.nanoTime() > deadline) {
                Benchmark.progress("the class cache of ginko mcp was not made within 60 s; measuring without it");
                return;
            }
            Thread.sleep(100);
        }
    }

    /** Whether a training folder that the first start made (not one a killed training left) is still there. */
    private static boolean training(Path state, long sinceMillis) throws IOException {
        try (Stream<Path> files = Files.list(state)) {
            return files.filter(path -> path.getFileName().toString().startsWith("training-"))
                    .anyMatch(path -> modifiedMillis(path) >= sinceMillis);
        }
    }

    private static long modifiedMillis(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException gone) {
            return 0;
        }
    }

    /** One start of ginko mcp: nanoseconds from its spawn to its answer to initialize. */
    private static long startAndStop(Path launcher, Map<String, String> environment)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process server = start(launcher, environment);
        awaitInitialized(server);
        long took = System.nanoTime() - start;
        server.getOutputStream().close();
        if (!server.waitFor(10, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
        return took;
    }

    private static void awaitInitialized(Process server) throws IOException {
        OutputStream stdin = server.getOutputStream();
        stdin.write((INITIALIZE + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        BufferedReader stdout = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = stdout.readLine(); ; line = stdout.readLine()) {
            if (line == null) {
                throw new BenchmarkFailure("ginko mcp ended before it answered initialize");
            }
            if (line.contains("\"id\":1")) {
                return;
            }
        }
    }

    /**
     * The server answers initialize before it has registered its agent, and announces its port after that: the
     * hooks are timed once it has, so that none is the command line's.
     */
    private static void awaitHookFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                throw new BenchmarkFailure("ginko mcp did not write " + file + " within 30 s");
            }
            Thread.sleep(10);
        }
    }

    /** {@code calls} hooks after a tenth as many to warm up: nanoseconds from each spawn to its exit. */
    private static long[] hooks(Path launcher, Map<String, String> environment, int calls)
            throws IOException, InterruptedException {
        for (int i = 0; i < Math.max(1, calls / 10); i++) {
            hook(launcher, environment);
        }
        long[] took = new long[calls];
        for (int i = 0; i < calls; i++) {
            took[i] = hook(launcher, environment);
        }
        return took;
    }

    private static long hook(Path launcher, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "hook")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process hook = builder.start();
        try (OutputStream stdin = hook.getOutputStream()) {
            stdin.write(POST_TOOL_USE.getBytes(StandardCharsets.UTF_8));
        }
        if (!hook.waitFor(30, TimeUnit.SECONDS) || hook.exitValue() != 0) {
            hook.destroyForcibly();
            throw new BenchmarkFailure("a hook did not exit 0 within 30 s");
        }
        return System.nanoTime() - start;
    }
}
