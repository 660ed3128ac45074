package ai.ginko.examples.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reads a text/event-stream response on a virtual thread and queues its events; the test takes them with a
 * timeout. Closing it drops the connection, as a browser tab that goes away would.
 */
final class SseClient implements AutoCloseable {

    /** Queued when the server ends the stream. */
    static final SseEvent END = new SseEvent(null, "<end of stream>", "");

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<SseEvent> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    private SseClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = Thread.ofVirtual().name("sse-test-reader").start(this::read);
    }

    static SseClient open(HttpClient http, HttpRequest request) {
        try {
            return new SseClient(http.send(request, HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static SseClient open(TestServer server, String pathAndQuery, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(pathAndQuery))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream");
        headers.forEach(request::header);
        return open(server.http(), request.build());
    }

    int statusCode() {
        return response.statusCode();
    }

    String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private void read() {
        String id = null;
        String type = "message";
        List<String> data = new ArrayList<>();
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new SseEvent(id, type, String.join("\n", data)));
                    }
                    id = null;
                    type = "message";
                    data.clear();
                } else if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("event: ")) {
                    type = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.add(line.substring(6));
                }
            }
        } catch (UncheckedIOException e) {
            // The connection was closed, by the server or by close().
        }
        events.add(END);
    }

    /** The next event, or {@code null} when none came in time. */
    SseEvent next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** The next event of this type, skipping others (heartbeats, say); {@code null} when none came in time. */
    SseEvent next(String type, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        SseEvent event;
        do {
            event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        } while (event != null && !event.type().equals(type) && event != END);
        return event;
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
        try {
            reader.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
