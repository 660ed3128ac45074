package ai.ginko.examples.dashboard;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.CoordinationUnavailableException;
import ai.ginko.core.Event;
import ai.ginko.core.Scope;
import ai.ginko.tools.views.JsonViews;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One server-sent event stream. It sends {@code retry: 3000}, then a {@code connected} event whose id is the
 * starting sequence, then each event as {@code id: <sequence>}, {@code event: event}, {@code data: <json>},
 * flushed at once, and a {@code heartbeat} event every heartbeat interval. If the subscription cannot be made it
 * sends an {@code error} event and ends.
 *
 * <p>Only the request's thread reads the tail and writes; a slow client holds back only itself. A write that fails
 * means the client went away: the stream ends. Heartbeats make sure that is noticed within one interval.
 *
 * <p>Not thread-safe; used by the one thread that serves the request, which it blocks until the client
 * disconnects or the server stops.
 */
final class SseConnection {

    private static final Logger LOG = LoggerFactory.getLogger(SseConnection.class);
    private static final int RETRY_MILLIS = 3000;
    /** Events written per read of the tail (or, behind it, of the store). */
    private static final int PAGE = 100;

    private final HttpExchange exchange;
    private final Duration heartbeatInterval;
    private @Nullable OutputStream out;

    SseConnection(HttpExchange exchange, Duration heartbeatInterval) {
        this.exchange = exchange;
        this.heartbeatInterval = heartbeatInterval;
    }

    /**
     * Streams until the client disconnects or the thread is interrupted; never throws for either. The events come
     * from the project's tail (see {@link EventTail}), which all streams and long-polls of the project share: a
     * stream reads the store only to start (without a position: the newest sequence) and while it is behind the
     * tail, a page at a time.
     */
    void stream(CoordinationClient client, EventTail tail, Scope scope, OptionalLong resumeAfter) throws IOException {
        open();
        try {
            long position = resumeAfter.orElseGet(client::latestSequence);
            write(Long.toString(position), "connected", Map.of("project_id", scope.projectId(), "since", position));
            pump(tail, position);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.debug("Server-sent event client of {} went away: {}", scope, e.toString());
        } catch (RuntimeException e) {
            LOG.warn("Server-sent events of {} failed", scope, e);
            sendError(e);
        }
    }

    private void open() throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        // Tells reverse proxies such as nginx not to buffer the stream.
        exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
        exchange.sendResponseHeaders(200, 0);
        out = exchange.getResponseBody();
        send("retry: " + RETRY_MILLIS + "\n\n");
    }

    /** Writes the events after {@code position} as they come, and a heartbeat every interval. */
    private void pump(EventTail tail, long position) throws IOException, InterruptedException {
        long cursor = position;
        long nextHeartbeat = System.nanoTime() + heartbeatInterval.toNanos();
        while (true) {
            long wait = Math.max(0, nextHeartbeat - System.nanoTime());
            for (Event event : tail.poll(cursor, Duration.ofNanos(wait), PAGE)) {
                write(Long.toString(event.sequence()), "event", JsonViews.event(event));
                cursor = event.sequence();
            }
            if (System.nanoTime() - nextHeartbeat >= 0) {
                write(null, "heartbeat", Map.of("timestamp", Instant.now().toString()));
                nextHeartbeat += heartbeatInterval.toNanos();
            }
        }
    }

    private void sendError(RuntimeException failure) {
        String message = failure instanceof CoordinationUnavailableException
                ? "the graph database cannot be reached; reconnect later"
                : "the event subscription failed; reconnect later";
        try {
            write(null, "error", Map.of("error", message));
        } catch (IOException e) {
            LOG.debug("Could not tell the client about the failure: {}", e.toString());
        }
    }

    private void write(@Nullable String id, String type, Object data) throws IOException {
        StringBuilder frame = new StringBuilder();
        if (id != null) {
            frame.append("id: ").append(id).append('\n');
        }
        frame.append("event: ").append(type).append('\n');
        frame.append("data: ").append(JsonResponses.toJson(data)).append("\n\n");
        send(frame.toString());
    }

    private void send(String text) throws IOException {
        OutputStream body = Objects.requireNonNull(out, "the stream is opened before anything is sent");
        body.write(text.getBytes(StandardCharsets.UTF_8));
        body.flush();
    }
}
