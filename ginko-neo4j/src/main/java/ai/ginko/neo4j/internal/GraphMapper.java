package ai.ginko.neo4j.internal;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.Blocker;
import ai.ginko.core.CursorPosition;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.Importance;
import ai.ginko.core.MessageHeader;
import ai.ginko.core.Scope;
import ai.ginko.core.Severity;
import ai.ginko.core.TaskClaim;
import ai.ginko.core.TaskState;
import ai.ginko.core.internal.AgentStatusRule;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;

/** Turns nodes into the core's records. Property names are the graph model's (snake_case). */
final class GraphMapper {

    private GraphMapper() {
    }

    static Event event(MapAccessor node) {
        EventCategory category = EventCategory.parse(node.get("category").asString());
        Optional<Blocker> blocker = category == EventCategory.BLOCKER
                ? Optional.of(new Blocker(node.get("blocked_by").asString(),
                        node.get("blocking_tasks").asList(Value::asString),
                        Severity.parse(node.get("severity").asString())))
                : Optional.empty();
        return new Event(
                node.get("id").asString(),
                node.get("sequence").asLong(),
                new Scope(node.get("organization_id").asString(), node.get("project_id").asString()),
                optionalString(node, "agent_id"),
                node.get("user_id").asString(),
                category,
                node.get("description").asString(),
                optionalString(node, "impact"),
                MetadataJson.read(node.get("metadata").asString(null)),
                instant(node, "timestamp"),
                blocker,
                optionalString(node, "task_id"),
                optionalString(node, "resolves_event_id"),
                category == EventCategory.MESSAGE ? Optional.of(message(node)) : Optional.empty());
    }

    /** A message event's header; its properties are created with the node, in one statement. */
    private static MessageHeader message(MapAccessor node) {
        return new MessageHeader(
                required(node, "recipients").asList(Value::asString),
                node.get("broadcast").asBoolean(false),
                required(node, "thread_id").asString(),
                Importance.parse(required(node, "importance").asString()),
                node.get("ack_required").asBoolean(false),
                optionalString(node, "body"));
    }

    static AgentInfo agent(MapAccessor node, Optional<String> currentTask, Instant now, Duration offlineAfter) {
        Instant lastHeartbeat = instant(node, "last_heartbeat");
        boolean deregistered = node.get("deregistered").asBoolean(false);
        AgentStatus status = AgentStatusRule.statusOf(deregistered, lastHeartbeat, now, offlineAfter,
                currentTask.isPresent());
        return new AgentInfo(
                node.get("agent_id").asString(),
                node.get("name").asString(),
                node.get("capabilities").asList(Value::asString),
                status,
                currentTask,
                instant(node, "registered_at"),
                lastHeartbeat,
                now);
    }

    /** A claimed or completed task's claim; its properties are written together (see {@link TornRead}). */
    static TaskClaim claim(MapAccessor node) {
        return new TaskClaim(
                node.get("task_id").asString(),
                required(node, "agent_id").asString(),
                TaskState.valueOf(required(node, "state").asString().toUpperCase(Locale.ROOT)),
                instant(node, "claimed_at"),
                instant(node, "updated_at"));
    }

    static CursorPosition cursor(MapAccessor node) {
        return new CursorPosition(
                node.get("owner_id").asString(),
                optionalString(node, "current_task"),
                node.get("last_sequence").asLong(),
                node.get("last_action").asString(),
                instant(node, "updated_at"),
                optionalString(node, "handoff_note"));
    }

    static Instant instant(MapAccessor node, String key) {
        return required(node, key).asZonedDateTime().toInstant();
    }

    /**
     * A property the node has whenever the reader got to it: missing only while a commit that writes it together
     * with the properties that led here is still being applied ({@link TornRead}, which makes the read run again).
     */
    static Value required(MapAccessor node, String key) {
        Value value = node.get(key);
        if (value.isNull()) {
            throw new TornRead(node instanceof Node labelled && labelled.labels().iterator().hasNext()
                    ? labelled.labels().iterator().next() : "graph", key);
        }
        return value;
    }

    private static Optional<String> optionalString(MapAccessor node, String key) {
        Value value = node.get(key);
        return value.isNull() ? Optional.empty() : Optional.of(value.asString());
    }
}
