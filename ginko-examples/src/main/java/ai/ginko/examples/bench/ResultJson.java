package ai.ginko.examples.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The results as one line of JSON, for scripts and CI. Milliseconds are rounded to 0.01 ms, CPU time per query
 * to 0.001 ms.
 */
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
        json.put("write_transactions_per_log", round(results.crossProcess().writeTransactionsPerLog()));
        FloorResult floor = results.floor();
        json.put("read_floor_ms", round(floor.readMs()));
        json.put("read_floor_autocommit_ms", round(floor.readAutoCommitMs()));
        json.put("write_floor_ms", round(floor.writeMs()));
        json.put("log_call_to_write_floor", round(results.crossProcess().logCall().p50Ms() / floor.writeMs()));
        double writerFloor = results.crossProcess().writerWriteFloorMs();
        json.put("cross_process_write_floor_ms", round(writerFloor));
        json.put("log_call_to_cross_process_write_floor",
                round(results.crossProcess().logCall().p50Ms() / writerFloor));
        json.put("delivery_p50_to_floor", round(cross.p50Ms() / results.deliveryFloorMs()));
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
        json.put("append_events_per_s_shared_client", round(results.appendShared().eventsPerSecond()));
        json.put("write_floor_events_per_s", round(1000 / floor.writeMs()));
        json.put("idle_queries_per_s_" + results.idle().subscribers() + "_subscribers",
                round(results.idle().queriesPerSecond()));
        json.set("fleet", fleet(results));
        json.put("fleet_seconds", options.fleetSeconds());
        json.put("fleet_rate_per_s", FleetLatency.RATE);
        results.taskGraph().putJson(json);
        results.scale().putJson(json);
        json.put("poll_interval_ms", options.pollInterval().toMillis());
        json.put("burst_poll_interval_ms", options.burstPollInterval().toMillis());
        json.put("events", options.events());
        json.put("rate_per_s", options.rate());
        json.put("realtime_cursor", options.realtimeCursor());
        json.put("neo4j", results.database());
        putMachine(json, results.machine());
        return write(json);
    }

    /** The floor and the scale section alone ({@code --only scale}). */
    static String formatScale(MachineInfo machine, String database, FloorResult floor, ScaleResult scale) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("read_floor_ms", round(floor.readMs()));
        json.put("read_floor_autocommit_ms", round(floor.readAutoCommitMs()));
        json.put("write_floor_ms", round(floor.writeMs()));
        scale.putJson(json);
        json.put("neo4j", database);
        putMachine(json, machine);
        return write(json);
    }

    private static String write(ObjectNode json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of numbers and strings always serializes", e);
        }
    }

    private static ArrayNode fleet(BenchResults results) {
        ArrayNode fleet = MAPPER.createArrayNode();
        for (FleetResult result : results.fleet()) {
            FleetReport report = result.report();
            ObjectNode point = fleet.addObject();
            point.put("clients", report.clients());
            point.put("events", report.events());
            point.put("p50_ms", round(report.latency().p50Ms()));
            point.put("p90_ms", round(report.latency().p90Ms()));
            point.put("p99_ms", round(report.latency().p99Ms()));
            point.put("max_ms", round(report.latency().maxMs()));
            point.put("p50_to_floor", round(report.latency().p50Ms() / results.deliveryFloorMs()));
            point.put("queries_per_s", round(report.active().queriesPerSecond()));
            point.put("client_cpu_ms_per_query", round3(report.active().cpuMsPerQuery()));
            putCpu(point, "server_cpu_ms_per_query", result.serverActiveCpuMsPerQuery());
            point.put("idle_queries_per_s", round(report.idle().queriesPerSecond()));
            point.put("idle_client_cpu_ms_per_query", round3(report.idle().cpuMsPerQuery()));
            putCpu(point, "idle_server_cpu_ms_per_query", result.serverIdleCpuMsPerQuery());
            point.put("writer_rate_per_s", round(result.writerRatePerSecond()));
        }
        return fleet;
    }

    /** NaN (not measured: the database is not in the benchmark's JVM) as null. */
    private static void putCpu(ObjectNode json, String key, double ms) {
        if (Double.isNaN(ms)) {
            json.putNull(key);
        } else {
            json.put(key, round3(ms));
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

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
