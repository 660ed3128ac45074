package ai.ginko.examples.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * The task graph section's figures (see {@link TaskGraphBench}), each with its floor from the same run.
 *
 * @param claimFloor     uncontended {@code claim(taskId)} of one agent
 * @param claimNext      {@code claimNext} calls that got a task, {@code workers} contending
 * @param tasksPerSecond tasks claimed and completed per second by all workers together
 * @param readyDelay     from just before a dependency's {@code complete} to the waiting worker's claim
 * @param readyEvent     from the same instant to the completion event's arrival at a subscriber of the waiter's
 *                       client
 */
record TaskGraphResult(LatencySummary claimFloor, LatencySummary claimNext, int workers, int tasks,
        double tasksPerSecond, LatencySummary readyDelay, LatencySummary readyEvent, int readyRounds) {

    void putJson(ObjectNode json) {
        json.put("claim_floor_p50_ms", round(claimFloor.p50Ms()));
        json.put("claim_floor_p99_ms", round(claimFloor.p99Ms()));
        json.put("claim_next_p50_ms", round(claimNext.p50Ms()));
        json.put("claim_next_p99_ms", round(claimNext.p99Ms()));
        json.put("claim_next_workers", workers);
        json.put("claim_next_tasks", tasks);
        json.put("claim_next_tasks_per_s", round(tasksPerSecond));
        json.put("ready_delay_p50_ms", round(readyDelay.p50Ms()));
        json.put("ready_delay_p99_ms", round(readyDelay.p99Ms()));
        json.put("ready_event_p50_ms", round(readyEvent.p50Ms()));
        json.put("ready_event_p99_ms", round(readyEvent.p99Ms()));
        json.put("ready_delay_rounds", readyRounds);
    }

    List<String> lines() {
        return List.of(
                format("%-46s %9s %9s %9s %9s", "Task graph (ms)", "p50", "p90", "p99", "max"),
                row("claimNext, %d workers contending".formatted(workers), claimNext),
                row("  floor: uncontended claim(taskId)", claimFloor),
                format("%-46s %9.0f tasks/s (%d tasks claimed and completed)", "  throughput, claim + complete",
                        tasksPerSecond, tasks),
                row("completion to waiting claimNext (%d rounds)".formatted(readyRounds), readyDelay),
                row("  floor: completion event to a subscriber", readyEvent));
    }

    private static String row(String label, LatencySummary latency) {
        return format("%-46s %9.1f %9.1f %9.1f %9.1f", label, latency.p50Ms(), latency.p90Ms(), latency.p99Ms(),
                latency.maxMs());
    }

    @SuppressWarnings("AnnotateFormatMethod") // private, and every caller passes a literal format
    private static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
