package ai.ginko.examples.dashboard;

import ai.ginko.core.CoordinationUnavailableException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes JSON bodies and JSON errors, and maps the exceptions a handler may throw to HTTP statuses: one place, so
 * every endpoint answers errors in the same shape, {@code {"error": "...", "parameter": "..."}}.
 *
 * <p>Stateless and thread-safe.
 */
final class JsonResponses {

    private static final Logger LOG = LoggerFactory.getLogger(JsonResponses.class);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonResponses() {
    }

    /** Compact JSON (never contains a line break, which server-sent events rely on). */
    static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = toJson(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void sendError(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, Map.of("error", message));
    }

    /** Answers a failed request with the status its exception stands for. */
    static void sendFailure(HttpExchange exchange, Exception failure) throws IOException {
        switch (failure) {
            case ApiException e -> sendApiError(exchange, e);
            case CoordinationUnavailableException e -> sendError(exchange, 503, "the graph database cannot be "
                    + "reached; try again later");
            case InterruptedException e -> {
                Thread.currentThread().interrupt();
                sendError(exchange, 503, "the server is shutting down");
            }
            default -> {
                LOG.warn("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), failure);
                sendError(exchange, 500, "internal error; see the server log");
            }
        }
    }

    private static void sendApiError(HttpExchange exchange, ApiException e) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.getMessage());
        e.parameter().ifPresent(parameter -> body.put("parameter", parameter));
        if (e.status() == 405) {
            exchange.getResponseHeaders().set("Allow", "GET");
        }
        send(exchange, e.status(), body);
    }
}
