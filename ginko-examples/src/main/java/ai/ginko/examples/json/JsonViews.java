package ai.ginko.examples.json;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.Blocker;
import ai.ginko.core.Event;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON shapes shared by the HTTP API and the command line's {@code --json}, as ordered maps for Jackson. Field
 * names are snake_case, as in the graph and in the original tool's HTTP API; absent optional values are
 * {@code null}, never missing keys.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonViews {

    private JsonViews() {
    }

    public static Map<String, Object> event(Event event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", event.id());
        json.put("sequence", event.sequence());
        json.put("project_id", event.scope().projectId());
        json.put("agent_id", event.agentId().orElse(null));
        json.put("user_id", event.userId());
        json.put("category", event.category().wireName());
        json.put("description", event.description());
        json.put("impact", event.impact().orElse(null));
        json.put("metadata", event.metadata());
        json.put("timestamp", event.timestamp().toString());
        json.put("task_id", event.taskId().orElse(null));
        json.put("blocker", event.blocker().map(JsonViews::blocker).orElse(null));
        json.put("resolves_event_id", event.resolvesEventId().orElse(null));
        return json;
    }

    public static Map<String, Object> blocker(Blocker blocker) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("blocked_by", blocker.blockedBy());
        json.put("blocking_tasks", blocker.blockingTasks());
        json.put("severity", blocker.severity().wireName());
        return json;
    }

    /** An active blocker: the blocker event's own fields, flattened for a table. */
    public static Map<String, Object> activeBlocker(Event event) {
        Blocker blocker = event.blocker().orElseThrow();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event_id", event.id());
        json.put("sequence", event.sequence());
        json.put("severity", blocker.severity().wireName());
        json.put("blocked_by", blocker.blockedBy());
        json.put("blocking_tasks", blocker.blockingTasks());
        json.put("description", event.description());
        json.put("agent_id", event.agentId().orElse(null));
        json.put("task_id", event.taskId().orElse(null));
        json.put("timestamp", event.timestamp().toString());
        return json;
    }

    public static Map<String, Object> agent(AgentInfo agent) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("agent_id", agent.id());
        json.put("name", agent.name());
        json.put("status", agent.status().wireName());
        json.put("current_task", agent.currentTask().orElse(null));
        json.put("capabilities", agent.capabilities());
        json.put("last_heartbeat", agent.lastHeartbeat().toString());
        json.put("seconds_since_heartbeat", agent.sinceLastHeartbeat().toSeconds());
        json.put("registered_at", agent.registeredAt().toString());
        return json;
    }
}
