package ai.ginko.neo4j.internal;

import ai.ginko.core.AgentStatus;
import ai.ginko.core.TaskAssignment;
import ai.ginko.core.TaskClaim;
import ai.ginko.core.TaskDefinition;
import ai.ginko.core.internal.AgentStatusRule;
import ai.ginko.core.internal.TaskIds;
import ai.ginko.core.spi.StoredTask;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** Task nodes and the rows of the task-graph queries, to and from the core's records. */
final class TaskRows {

    private TaskRows() {
    }

    /** A row of {@link Cypher#TASKS} (or a query with the same columns). */
    static StoredTask stored(Record row, Duration offlineAfter) {
        MapAccessor task = row.get("t").asNode();
        Instant now = GraphMapper.instant(row, "now");
        return new StoredTask(
                definition(task, row.get("dependsOn").asList(Value::asString)),
                GraphMapper.instant(task, "defined_at"),
                claim(task),
                online(row.get("holderHeartbeat"), row.get("holderDeregistered").asBoolean(), now, offlineAfter),
                assignment(task),
                online(row.get("assigneeHeartbeat"), row.get("assigneeDeregistered").asBoolean(), now,
                        offlineAfter));
    }

    /**
     * The definition on a defined task node, with its dependencies (read from its edges). A definition writes its
     * properties together with {@code defined_at} (see {@link TornRead}).
     */
    static TaskDefinition definition(MapAccessor task, List<String> dependsOn) {
        return new TaskDefinition(
                task.get("task_id").asString(),
                GraphMapper.required(task, "title").asString(),
                GraphMapper.required(task, "priority").asInt(),
                GraphMapper.required(task, "capabilities").asList(Value::asString),
                dependsOn,
                optionalString(task, "estimate"),
                optionalString(task, "description"));
    }

    /** The parameters {@link Cypher#UPSERT_TASKS} takes for one definition. */
    static Map<String, Object> parameters(TaskDefinition task) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", task.id());
        row.put("orderKey", TaskIds.sortKey(task.id()));
        row.put("title", task.title());
        row.put("priority", task.priority());
        row.put("capabilities", task.capabilities());
        row.put("estimate", task.estimate().orElse(null));
        row.put("description", task.description().orElse(null));
        return row;
    }

    /** The task's claim: present while claimed or once completed, absent when never claimed or released. */
    static Optional<TaskClaim> claim(MapAccessor task) {
        String state = task.get("state").asString(null);
        return "claimed".equals(state) || "completed".equals(state)
                ? Optional.of(GraphMapper.claim(task)) : Optional.empty();
    }

    static Optional<TaskAssignment> assignment(MapAccessor task) {
        return optionalString(task, "assignee").map(assignee -> new TaskAssignment(assignee,
                optionalString(task, "assignment_note"), GraphMapper.instant(task, "assigned_at")));
    }

    /** Whether an agent, by its last heartbeat (null when there is no such agent), is online at {@code now}. */
    static boolean online(Value heartbeat, boolean deregistered, Instant now, Duration offlineAfter) {
        return !heartbeat.isNull() && AgentStatusRule.statusOf(deregistered,
                heartbeat.asZonedDateTime().toInstant(), now, offlineAfter, false) != AgentStatus.OFFLINE;
    }

    private static Optional<String> optionalString(MapAccessor node, String key) {
        Value value = node.get(key);
        return value.isNull() ? Optional.empty() : Optional.of(value.asString());
    }
}
