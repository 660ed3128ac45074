package ai.ginko.examples.dashboard;

import com.fasterxml.jackson.databind.JsonNode;

/** One server-sent event as a client sees it. */
record SseEvent(String id, String type, String data) {

    JsonNode json() {
        return TestServer.json(data);
    }
}
