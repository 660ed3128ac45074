package ai.ginko.examples.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scale section's figures (see {@link ScaleBench}).
 *
 * @param claimNextP50Ms        {@code claimNext} p50 in ms by open tasks of the project
 * @param readyP50Ms            {@code ready(10)} p50 in ms by open tasks
 * @param tasksPerSecond        claimed and completed by 8 contending workers among 10,000 open tasks
 * @param agentsP50Ms           {@code agents()} p50 with 1,000 agents, 100 online
 */
record ScaleResult(Map<Integer, Double> claimNextP50Ms, Map<Integer, Double> readyP50Ms, double tasksPerSecond,
        double agentsP50Ms) {

    ScaleResult {
        claimNextP50Ms = Map.copyOf(claimNextP50Ms);
        readyP50Ms = Map.copyOf(readyP50Ms);
    }

    void putJson(ObjectNode json) {
        ObjectNode claimNext = json.putObject("claim_next_p50_ms_by_open_tasks");
        ObjectNode ready = json.putObject("ready_10_p50_ms_by_open_tasks");
        for (int open : ScaleBench.OPEN_TASKS) {
            claimNext.put(Integer.toString(open), round(at(claimNextP50Ms, open)));
            ready.put(Integer.toString(open), round(at(readyP50Ms, open)));
        }
        json.put("claim_next_flatness", round(ratio(claimNextP50Ms)));
        json.put("ready_10_flatness", round(ratio(readyP50Ms)));
        json.put("claim_next_tasks_per_s_8_workers", round(tasksPerSecond));
        json.put("agents_p50_ms_1000_agents", round(agentsP50Ms));
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(format("%-46s %9s %9s %9s %9s", "Scale: p50 (ms) by open tasks", "100", "1,000", "10,000",
                "10k/100"));
        lines.add(row("claimNext", claimNextP50Ms));
        lines.add(row("ready(10)", readyP50Ms));
        lines.add(format("%-46s %9.0f tasks/s", "claimNext, 8 workers, 10,000 open", tasksPerSecond));
        lines.add(format("%-46s %9.1f ms", "agents(), 1,000 agents (100 online): p50", agentsP50Ms));
        return lines;
    }

    /** The p50 at the most open tasks over the p50 at the fewest: 1 is flat. */
    private static double ratio(Map<Integer, Double> byOpen) {
        return at(byOpen, ScaleBench.OPEN_TASKS.getLast()) / at(byOpen, ScaleBench.OPEN_TASKS.getFirst());
    }

    private static double at(Map<Integer, Double> byOpen, int open) {
        return byOpen.getOrDefault(open, Double.NaN);
    }

    private static String row(String label, Map<Integer, Double> byOpen) {
        List<Integer> open = ScaleBench.OPEN_TASKS;
        return format("%-46s %9.1f %9.1f %9.1f %9.2f", label, at(byOpen, open.get(0)), at(byOpen, open.get(1)),
                at(byOpen, open.get(2)), ratio(byOpen));
    }

    @SuppressWarnings("AnnotateFormatMethod") // private, and every caller passes a literal format
    private static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
