package ai.ginko.examples.cli;

import ai.ginko.core.Event;
import ai.ginko.core.Message;
import ai.ginko.tools.views.JsonViews;
import ai.ginko.tools.views.StatusSnapshot;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        return write(JsonViews.status(snapshot, all));
    }

    static String message(Message message) {
        return write(JsonViews.message(message));
    }

    static String event(Event event) {
        return write(JsonViews.event(event));
    }

    static String write(Map<String, Object> json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings, numbers and lists always serialize", e);
        }
    }
}
