package ai.ginko.examples.cli;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.Blocker;
import ai.ginko.core.Event;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code --json} shapes: snake_case keys, ISO-8601 times, absent values as {@code null}, one compact object per
 * line so that the output can be piped to {@code jq} or read line by line.
 */
final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonOutput() {
    }

    static String status(StatusSnapshot snapshot, boolean all) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("agents", snapshot.shown(all).stream().map(JsonOutput::agent).toList());
        json.put("blockers", snapshot.blockers().stream().map(JsonOutput::blocker).toList());
        return write(json);
    }

    static String event(Event event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", event.id());
        json.put("sequence", event.sequence());
        json.put("timestamp", event.timestamp().toString());
        json.put("agent_id", event.agentId().orElse(null));
        json.put("user_id", event.userId());
        json.put("category", event.category().wireName());
        json.put("description", event.description());
        json.put("impact", event.impact().orElse(null));
        json.put("task_id", event.taskId().orElse(null));
        json.put("blocker", event.blocker().map(JsonOutput::blockerFields).orElse(null));
        json.put("resolves_event_id", event.resolvesEventId().orElse(null));
        json.put("metadata", event.metadata());
        return write(json);
    }

    private static Map<String, Object> agent(AgentInfo agent) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", agent.id());
        json.put("name", agent.name());
        json.put("status", agent.status().wireName());
        json.put("current_task", agent.currentTask().orElse(null));
        json.put("capabilities", agent.capabilities());
        json.put("last_heartbeat", agent.lastHeartbeat().toString());
        json.put("seconds_since_heartbeat", agent.sinceLastHeartbeat().toSeconds());
        return json;
    }

    private static Map<String, Object> blocker(BlockerView view) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", view.event().id());
        json.put("sequence", view.event().sequence());
        json.put("task", view.subject());
        json.putAll(blockerFields(view.blocker()));
        json.put("description", view.event().description());
        json.put("agent_id", view.event().agentId().orElse(null));
        json.put("user_id", view.event().userId());
        json.put("timestamp", view.event().timestamp().toString());
        return json;
    }

    private static Map<String, Object> blockerFields(Blocker blocker) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("blocked_by", blocker.blockedBy());
        json.put("blocking_tasks", blocker.blockingTasks());
        json.put("severity", blocker.severity().wireName());
        return json;
    }

    private static String write(Map<String, Object> json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings, numbers and lists always serialize", e);
        }
    }
}
