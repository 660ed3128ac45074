package ai.ginko.examples.cli;

import ai.ginko.core.Event;
import ai.ginko.examples.json.JsonViews;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code --json} shapes: snake_case keys, ISO-8601 times, absent values as {@code null}, one compact object per
 * line so that the output can be piped to {@code jq} or read line by line.
 */
public final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonOutput() {
    }

    static String status(StatusSnapshot snapshot, boolean all) {
        return write(statusView(snapshot, all));
    }

    /** What {@code ginko agent status --json} prints, as an ordered map; the MCP server's agent_status returns it. */
    public static Map<String, Object> statusView(StatusSnapshot snapshot, boolean all) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("agents", snapshot.shown(all).stream().map(JsonViews::agent).toList());
        json.put("blockers", snapshot.blockers().stream().map(JsonOutput::blocker).toList());
        return json;
    }

    static String event(Event event) {
        return write(JsonViews.event(event));
    }

    private static Map<String, Object> blocker(BlockerView view) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", view.event().id());
        json.put("sequence", view.event().sequence());
        json.put("task", view.subject());
        json.putAll(JsonViews.blocker(view.blocker()));
        json.put("description", view.event().description());
        json.put("agent_id", view.event().agentId().orElse(null));
        json.put("user_id", view.event().userId());
        json.put("timestamp", view.event().timestamp().toString());
        return json;
    }

    static String write(Map<String, Object> json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings, numbers and lists always serialize", e);
        }
    }
}
