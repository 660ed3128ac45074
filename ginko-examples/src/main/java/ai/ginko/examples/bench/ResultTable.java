package ai.ginko.examples.bench;

import java.util.Locale;

/** The results as a table for people, each figure beside the floor it is read against. */
final class ResultTable {

    private ResultTable() {
    }

    static String format(BenchResults results) {
        BenchOptions options = results.options();
        MachineInfo machine = results.machine();
        FloorResult floor = results.floor();
        StringBuilder out = new StringBuilder();
        line(out, "Ginko benchmark: poll interval %d ms, burst poll interval %s, realtime cursor %s",
                options.pollInterval().toMillis(),
                options.burstPollInterval().isZero() ? "off" : options.burstPollInterval().toMillis() + " ms",
                options.realtimeCursor() ? "on" : "off");
        line(out, "Machine: %d cores, %.1f GiB, %s, Java %s (%s), load average %.2f at start", machine.cores(),
                machine.memoryBytes() / (1024.0 * 1024 * 1024), machine.os(), machine.javaVersion(),
                machine.javaVm(), machine.loadAverage());
        line(out, "Neo4j: %s", results.database());
        line(out, "");
        line(out, "%-58s %9s", "Floor, measured first on the same Neo4j (ms)", "p50");
        line(out, "%-58s %9.2f", "  read: RETURN 1 in executeRead (as the store reads)", floor.readMs());
        line(out, "%-58s %9.2f", "  read: RETURN 1 auto-commit", floor.readAutoCommitMs());
        line(out, "%-58s %9.2f", "  write: one SET in executeWrite (as the store writes)", floor.writeMs());
        line(out, "%-58s %9.2f", "  delivery: half a poll interval (burst interval if on) + read",
                results.deliveryFloorMs());
        line(out, "");
        line(out, "%-46s %9s %9s %9s %9s %9s %12s", "Latency, log() to listener (ms)", "p50", "p90", "p99", "max",
                "rate/s", "p50 / floor");
        latencyRow(out, "cross-process (%d events at %s/s)".formatted(options.events(), number(options.rate())),
                results.crossProcess(), results);
        latencyRow(out, "same JVM (%d events at %s/s)".formatted(results.sameJvmEvents(), number(options.rate())),
                results.sameJvm(), results);
        line(out, "");
        appendRow(out, "Append, %d writers each with its own client", results.append(), floor);
        appendRow(out, "Append, %d threads sharing one client", results.appendShared(), floor);
        line(out, "%-46s %9.0f events/s (one write floor each, one after another)", "  floor", 1000 / floor.writeMs());
        IdleResult idle = results.idle();
        line(out, "%-46s %9.1f queries/s (%d queries in %.1f s)",
                "Idle, 1 client with %d subscribers".formatted(idle.subscribers()),
                idle.queriesPerSecond(), idle.queries(), idle.seconds());
        line(out, "");
        results.taskGraph().lines().forEach(row -> line(out, "%s", row));
        results.scale().lines().forEach(row -> line(out, "%s", row));
        if (!results.fleet().isEmpty()) {
            fleet(out, results);
        }
        return out.toString();
    }

    private static void latencyRow(StringBuilder out, String label, LatencyResult result, BenchResults results) {
        LatencySummary latency = result.latency();
        line(out, "%-46s %9.1f %9.1f %9.1f %9.1f %9.1f %12.2f", label, latency.p50Ms(), latency.p90Ms(),
                latency.p99Ms(), latency.maxMs(), result.writerRatePerSecond(),
                latency.p50Ms() / results.deliveryFloorMs());
        LatencySummary logCall = result.logCall();
        line(out, "%-46s %9.1f %9.1f %9.1f %9.1f %9s %12.2f", "  the writer's log() calls", logCall.p50Ms(),
                logCall.p90Ms(), logCall.p99Ms(), logCall.maxMs(), "", logCall.p50Ms() / results.floor().writeMs());
        line(out, "%-46s %9.2f", "  write transactions per log()", result.writeTransactionsPerLog());
        if (!Double.isNaN(result.writerWriteFloorMs())) {
            line(out, "%-46s %9.2f ms; log() p50 / it: %.2f", "  write floor from the writer's JVM",
                    result.writerWriteFloorMs(), logCall.p50Ms() / result.writerWriteFloorMs());
        }
    }

    private static void appendRow(StringBuilder out, String label, AppendResult append, FloorResult floor) {
        line(out, "%-46s %9.0f events/s (%d events in %.2f s; %.2f write floors per event)",
                label.formatted(append.writers()), append.eventsPerSecond(), append.events(), append.seconds(),
                1000 / append.eventsPerSecond() / floor.writeMs());
    }

    private static void fleet(StringBuilder out, BenchResults results) {
        line(out, "");
        line(out, "Fleet: N clients, each with its own driver, in one JVM, first idle for 5 s, then following a "
                + "writer at %d events/s for %d s;", FleetLatency.RATE, results.options().fleetSeconds());
        line(out, "CPU per query of the fleet's JVM (client) and of the database's (server)");
        String columns = "%-8s %8s %8s %8s %8s %8s %9s %9s %9s %9s %9s %9s %8s";
        line(out, columns, "", "", "", "", "", "p50 /", "active", "client", "server", "idle", "client", "server",
                "writer");
        line(out, columns, "clients", "p50 ms", "p90 ms", "p99 ms", "max ms", "floor", "queries/s", "CPU/q ms",
                "CPU/q ms", "queries/s", "CPU/q ms", "CPU/q ms", "rate/s");
        for (FleetResult result : results.fleet()) {
            FleetReport report = result.report();
            LatencySummary latency = report.latency();
            line(out, "%-8d %8.1f %8.1f %8.1f %8.1f %8.2f %9.1f %9.3f %9s %9.1f %9.3f %9s %8.1f", report.clients(),
                    latency.p50Ms(), latency.p90Ms(), latency.p99Ms(), latency.maxMs(),
                    latency.p50Ms() / results.deliveryFloorMs(), report.active().queriesPerSecond(),
                    report.active().cpuMsPerQuery(), cpu(result.serverActiveCpuMsPerQuery()),
                    report.idle().queriesPerSecond(), report.idle().cpuMsPerQuery(),
                    cpu(result.serverIdleCpuMsPerQuery()), result.writerRatePerSecond());
        }
    }

    private static String cpu(double ms) {
        return Double.isNaN(ms) ? "n/a" : String.format(Locale.ROOT, "%.3f", ms);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    @SuppressWarnings("AnnotateFormatMethod") // private, and every caller passes a literal format
    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }
}
