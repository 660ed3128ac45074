package ai.ginko.tools;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * JSON Schemas of the tools' structured output. The shapes are those of {@link ai.ginko.tools.views.JsonViews}
 * and the command line's {@code --json}, so that the HTTP API, the command line and the agent tools agree; the MCP
 * SDK checks every structured result against its schema before it is sent.
 */
final class Schemas {

    static final Map<String, Object> STRING = Map.of("type", "string");
    static final Map<String, Object> NULLABLE_STRING = Map.of("type", List.of("string", "null"));
    static final Map<String, Object> INTEGER = Map.of("type", "integer");
    static final Map<String, Object> BOOLEAN = Map.of("type", "boolean");
    static final Map<String, Object> STRINGS = array(STRING);

    static final Map<String, Object> BLOCKER = object(ordered(
            "blocked_by", STRING,
            "blocking_tasks", STRINGS,
            "severity", STRING));

    static final Map<String, Object> IMPORTANCE = Map.of("type", "string", "enum",
            List.of("low", "normal", "high", "urgent"));

    /** {@link ai.ginko.tools.views.JsonViews#messageHeader}. */
    static final Map<String, Object> MESSAGE_HEADER = object(ordered(
            "recipients", STRINGS,
            "broadcast", BOOLEAN,
            "thread_id", STRING,
            "importance", IMPORTANCE,
            "ack_required", BOOLEAN,
            "body", NULLABLE_STRING));

    /** {@link ai.ginko.tools.views.JsonViews#message}. */
    static final Map<String, Object> MESSAGE = object(ordered(
            "id", STRING,
            "sequence", INTEGER,
            "project_id", STRING,
            "from", STRING,
            "to", STRINGS,
            "broadcast", BOOLEAN,
            "subject", STRING,
            "body", NULLABLE_STRING,
            "importance", IMPORTANCE,
            "ack_required", BOOLEAN,
            "thread_id", STRING,
            "task_id", NULLABLE_STRING,
            "sent_at", STRING,
            "read_at", NULLABLE_STRING,
            "acknowledged_at", NULLABLE_STRING));

    /** {@link ai.ginko.tools.views.JsonViews#receipt}. */
    static final Map<String, Object> RECEIPT = object(ordered(
            "message_id", STRING,
            "recipient_id", STRING,
            "read_at", STRING,
            "acknowledged_at", NULLABLE_STRING));

    /** {@link ai.ginko.tools.views.JsonViews#event}. */
    static final Map<String, Object> EVENT = object(ordered(
            "id", STRING,
            "sequence", INTEGER,
            "project_id", STRING,
            "agent_id", NULLABLE_STRING,
            "user_id", STRING,
            "category", STRING,
            "description", STRING,
            "impact", NULLABLE_STRING,
            "metadata", Map.of("type", "object"),
            "timestamp", STRING,
            "task_id", NULLABLE_STRING,
            "blocker", nullable(BLOCKER),
            "resolves_event_id", NULLABLE_STRING,
            "message", nullable(MESSAGE_HEADER)));

    /** {@link ai.ginko.tools.views.JsonViews#agent}. */
    static final Map<String, Object> AGENT = object(ordered(
            "agent_id", STRING,
            "name", STRING,
            "status", Map.of("type", "string", "enum", List.of("idle", "busy", "offline")),
            "current_task", NULLABLE_STRING,
            "capabilities", STRINGS,
            "last_heartbeat", STRING,
            "seconds_since_heartbeat", INTEGER,
            "registered_at", STRING));

    /** {@link ai.ginko.tools.views.JsonViews#activeBlocker}. */
    static final Map<String, Object> ACTIVE_BLOCKER = object(ordered(
            "event_id", STRING,
            "sequence", INTEGER,
            "severity", STRING,
            "blocked_by", STRING,
            "blocking_tasks", STRINGS,
            "description", STRING,
            "agent_id", NULLABLE_STRING,
            "task_id", NULLABLE_STRING,
            "timestamp", STRING));

    /** A blocker as {@code ginko agent status --json} shows it, with the task it holds up. */
    static final Map<String, Object> STATUS_BLOCKER = object(ordered(
            "id", STRING,
            "sequence", INTEGER,
            "task", STRING,
            "blocked_by", STRING,
            "blocking_tasks", STRINGS,
            "severity", STRING,
            "description", STRING,
            "agent_id", NULLABLE_STRING,
            "user_id", STRING,
            "timestamp", STRING));

    /** {@link ai.ginko.tools.views.JsonViews#task}. */
    static final Map<String, Object> TASK = object(ordered(
            "task_id", STRING,
            "title", STRING,
            "priority", INTEGER,
            "status", Map.of("type", "string", "enum", List.of("waiting", "ready", "assigned", "in_progress",
                    "completed")),
            "holder", NULLABLE_STRING,
            "completed_by", NULLABLE_STRING,
            "assignee", NULLABLE_STRING,
            "waiting_on", STRINGS,
            "depends_on", STRINGS,
            "capabilities", STRINGS,
            "estimate", NULLABLE_STRING,
            "description", NULLABLE_STRING,
            "defined_at", STRING));

    private Schemas() {
    }

    /** An object with these properties, all of them required. */
    static Map<String, Object> object(Map<String, Object> properties) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", List.copyOf(properties.keySet()));
        return schema;
    }

    static Map<String, Object> array(Map<String, Object> items) {
        return Map.of("type", "array", "items", items);
    }

    static Map<String, Object> nullable(Map<String, Object> schema) {
        return Map.of("anyOf", List.of(schema, Map.of("type", "null")));
    }

    static Map<String, Object> enumOf(List<String> values) {
        return Map.of("type", "string", "enum", values);
    }

    /** A map of these key-value pairs in this order (Map.of would lose the order the schema shows). */
    static Map<String, Object> ordered(@Nullable Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
