package ai.ginko.examples.dashboard;

import ai.ginko.core.Scope;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code GET /api/v1/events/sse?project=P[&since=N]}: the project's events as server-sent events, pushed from a
 * library subscription (see {@link SseConnection} for the stream's shape). A project with no events yet streams
 * its first ones as they come.
 *
 * <p>Where to start: after the {@code Last-Event-ID} header's sequence when present (a reconnecting client
 * resumes where it left off, nothing lost or repeated), else after {@code since}, else after the latest event.
 * Bad parameters (400) and an unreachable database (503) are answered in JSON before
 * the stream starts; when server-sent events are disabled the answer is 503 and clients fall back to
 * {@code /api/v1/events/stream}.
 *
 * <p>Thread-safe; each stream holds its request's virtual thread until the client disconnects.
 */
final class SseHandler implements HttpHandler {

    static final String LAST_EVENT_ID = "Last-Event-ID";

    private final ClientsByProject clients;
    private final Duration heartbeatInterval;
    private final boolean enabled;
    private final AtomicInteger openStreams = new AtomicInteger();

    SseHandler(ClientsByProject clients, Duration heartbeatInterval, boolean enabled) {
        this.clients = clients;
        this.heartbeatInterval = heartbeatInterval;
        this.enabled = enabled;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Scope scope;
            OptionalLong resumeAfter;
            ClientsByProject.Lease lease;
            try {
                ApiRequest request = ApiRequest.of(exchange);
                scope = request.projectScope();
                resumeAfter = resumeAfter(request);
                if (!enabled) {
                    throw ApiException.unavailable("server-sent events are disabled on this server; "
                            + "poll /api/v1/events/stream instead");
                }
                lease = clients.lease(scope);
            } catch (RuntimeException e) {
                JsonResponses.sendFailure(exchange, e);
                return;
            }
            // The lease is held for the whole stream, so that its client is never closed as idle under it.
            try (lease) {
                stream(exchange, lease, scope, resumeAfter);
            }
        }
    }

    private void stream(HttpExchange exchange, ClientsByProject.Lease lease, Scope scope, OptionalLong resumeAfter)
            throws IOException {
        openStreams.incrementAndGet();
        try {
            new SseConnection(exchange, heartbeatInterval).stream(lease.client(), lease.tail(), scope, resumeAfter);
        } finally {
            openStreams.decrementAndGet();
        }
    }

    /** How many streams are open now. */
    int openStreams() {
        return openStreams.get();
    }

    private static OptionalLong resumeAfter(ApiRequest request) {
        Optional<String> lastEventId = Optional.ofNullable(request.headers().getFirst(LAST_EVENT_ID))
                .filter(value -> !value.isBlank());
        OptionalLong since = request.params().optionalSequence("since");
        return lastEventId.map(id -> OptionalLong.of(QueryParams.sequence(LAST_EVENT_ID, id))).orElse(since);
    }
}
