package ai.ginko.examples.bench;

import java.util.Locale;

/** The results as a table for people. */
final class ResultTable {

    private ResultTable() {
    }

    static String format(BenchResults results) {
        BenchOptions options = results.options();
        MachineInfo machine = results.machine();
        StringBuilder out = new StringBuilder();
        line(out, "Ginko benchmark: poll interval %d ms, realtime cursor %s", options.pollInterval().toMillis(),
                options.realtimeCursor() ? "on" : "off");
        line(out, "Machine: %d cores, %.1f GiB, %s, Java %s (%s), load average %.2f at start", machine.cores(),
                machine.memoryBytes() / (1024.0 * 1024 * 1024), machine.os(), machine.javaVersion(),
                machine.javaVm(), machine.loadAverage());
        line(out, "Neo4j: %s", results.database());
        line(out, "");
        line(out, "%-46s %9s %9s %9s %9s %14s", "Latency, log() to listener (ms)", "p50", "p90", "p99", "max",
                "writer rate/s");
        latencyRow(out, "cross-process (%d events at %s/s)".formatted(options.events(), number(options.rate())),
                results.crossProcess());
        latencyRow(out, "same JVM (%d events at %s/s)".formatted(results.sameJvmEvents(), number(options.rate())),
                results.sameJvm());
        line(out, "");
        AppendResult append = results.append();
        line(out, "%-46s %9.0f events/s (%d events in %.2f s)",
                "Append, %d writers each with its own client".formatted(append.writers()),
                append.eventsPerSecond(), append.events(), append.seconds());
        IdleResult idle = results.idle();
        line(out, "%-46s %9.1f queries/s (%d queries in %.1f s)",
                "Idle, 1 client with %d subscribers".formatted(idle.subscribers()),
                idle.queriesPerSecond(), idle.queries(), idle.seconds());
        line(out, "");
        results.taskGraph().lines().forEach(row -> line(out, "%s", row));
        return out.toString();
    }

    private static void latencyRow(StringBuilder out, String label, LatencyResult result) {
        LatencySummary latency = result.latency();
        line(out, "%-46s %9.1f %9.1f %9.1f %9.1f %14.1f", label, latency.p50Ms(), latency.p90Ms(), latency.p99Ms(),
                latency.maxMs(), result.writerRatePerSecond());
        LatencySummary logCall = result.logCall();
        line(out, "%-46s %9.1f %9.1f %9.1f %9.1f", "  the writer's log() calls", logCall.p50Ms(),
                logCall.p90Ms(), logCall.p99Ms(), logCall.maxMs());
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }
}
