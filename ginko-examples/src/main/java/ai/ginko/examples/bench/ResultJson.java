package ai.ginko.examples.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The results as one line of JSON, for scripts and CI. Milliseconds are rounded to 0.01 ms. */
final class ResultJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResultJson() {
    }

    static String format(BenchResults results) {
        ObjectNode json = MAPPER.createObjectNode();
        BenchOptions options = results.options();
        LatencySummary cross = results.crossProcess().latency();
        json.put("p50_ms", round(cross.p50Ms()));
        json.put("p90_ms", round(cross.p90Ms()));
        json.put("p99_ms", round(cross.p99Ms()));
        json.put("max_ms", round(cross.maxMs()));
        json.put("writer_rate_per_s", round(results.crossProcess().writerRatePerSecond()));
        json.put("log_call_p50_ms", round(results.crossProcess().logCall().p50Ms()));
        json.put("log_call_p99_ms", round(results.crossProcess().logCall().p99Ms()));
        LatencySummary same = results.sameJvm().latency();
        json.put("same_jvm_p50_ms", round(same.p50Ms()));
        json.put("same_jvm_p90_ms", round(same.p90Ms()));
        json.put("same_jvm_p99_ms", round(same.p99Ms()));
        json.put("same_jvm_max_ms", round(same.maxMs()));
        json.put("same_jvm_events", results.sameJvmEvents());
        json.put("same_jvm_writer_rate_per_s", round(results.sameJvm().writerRatePerSecond()));
        json.put("append_events_per_s", round(results.append().eventsPerSecond()));
        json.put("append_writers", results.append().writers());
        json.put("append_events", results.append().events());
        json.put("idle_queries_per_s_" + results.idle().subscribers() + "_subscribers",
                round(results.idle().queriesPerSecond()));
        results.taskGraph().putJson(json);
        json.put("poll_interval_ms", options.pollInterval().toMillis());
        json.put("events", options.events());
        json.put("rate_per_s", options.rate());
        json.put("realtime_cursor", options.realtimeCursor());
        json.put("neo4j", results.database());
        putMachine(json, results.machine());
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of numbers and strings always serializes", e);
        }
    }

    private static void putMachine(ObjectNode json, MachineInfo machine) {
        json.put("cores", machine.cores());
        json.put("memory_bytes", machine.memoryBytes());
        json.put("java_version", machine.javaVersion());
        json.put("java_vm", machine.javaVm());
        json.put("os", machine.os());
        json.put("load_average_at_start", round(machine.loadAverage()));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
