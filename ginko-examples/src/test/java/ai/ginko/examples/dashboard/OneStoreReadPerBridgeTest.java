package ai.ginko.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.ConnectionPoolMetrics;

/**
 * The bridge serves every long-poll and event stream of a project from one poller and its tail of recent events
 * ({@link EventTail}): with a few hundred clients each gets every event, in order, once, and the bridge reads the
 * store about as often as with one client.
 */
class OneStoreReadPerBridgeTest extends DashboardApiTest {

    private static final int STREAMS = 150;
    private static final int LONG_POLLS = 150;
    private static final int EVENTS = 20;
    private static final Duration WINDOW = Duration.ofSeconds(3);
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void threeHundredClientsGetEveryEventInOrderOnceForTheStoreReadsOfOne() throws Exception {
        CoordinationClient writer = server.existingProject(organization, "fan-out");
        double alone = transactionsPerSecond(writer, 1, 0);
        double crowded = transactionsPerSecond(writer, STREAMS, LONG_POLLS);

        assertThat(crowded).as("the bridge's transactions per second with %d clients against %.1f with one",
                STREAMS + LONG_POLLS, alone).isLessThanOrEqualTo(2 * alone);
    }

    /**
     * Connects the clients, logs {@value #EVENTS} events, checks that each client got exactly them, in order, and
     * returns the transactions per second of the bridge's driver over a fixed window from the first event on.
     */
    private double transactionsPerSecond(CoordinationClient writer, int streams, int longPolls) throws Exception {
        long start = writer.latestSequence();
        Map<String, List<Long>> received = new ConcurrentHashMap<>();
        CountDownLatch connected = new CountDownLatch(streams + longPolls);
        CountDownLatch done = new CountDownLatch(streams + longPolls);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            String name = "stream-" + i;
            threads.add(Thread.ofVirtual().start(() -> stream(name, start, received, connected, done)));
        }
        for (int i = 0; i < longPolls; i++) {
            String name = "poll-" + i;
            threads.add(Thread.ofVirtual().start(() -> longPoll(name, start, received, connected, done)));
        }
        assertThat(connected.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("every client connected").isTrue();
        long transactionsBefore = acquiredConnections();
        long began = System.nanoTime();
        for (int i = 0; i < EVENTS; i++) {
            writer.logger().log(EventCategory.FEATURE, "event " + i);
            Thread.sleep(50);
        }
        assertThat(done.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("every client got every event").isTrue();
        long left = WINDOW.toNanos() - (System.nanoTime() - began);
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
        double seconds = Math.max(WINDOW.toNanos(), System.nanoTime() - began) / 1e9;
        long transactions = acquiredConnections() - transactionsBefore;
        threads.forEach(Thread::interrupt);

        List<Long> expected = LongStream.rangeClosed(start + 1, start + EVENTS).boxed().toList();
        assertThat(received).hasSize(streams + longPolls);
        assertThat(received).allSatisfy((client, sequences) -> assertThat(sequences).as(client)
                .isEqualTo(expected));
        return transactions / seconds;
    }

    private void stream(String name, long start, Map<String, List<Long>> received, CountDownLatch connected,
            CountDownLatch done) {
        List<Long> sequences = new ArrayList<>();
        received.put(name, sequences);
        try (SseClient stream = SseClient.open(server, "/api/v1/events/sse?project=fan-out&since=" + start, token,
                Map.of())) {
            stream.next("connected", WAIT);
            connected.countDown();
            while (sequences.size() < EVENTS) {
                sequences.add(Long.parseLong(stream.next("event", WAIT).id()));
            }
            done.countDown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void longPoll(String name, long start, Map<String, List<Long>> received, CountDownLatch connected,
            CountDownLatch done) {
        List<Long> sequences = new ArrayList<>();
        received.put(name, sequences);
        long since = start;
        connected.countDown();
        while (sequences.size() < EVENTS) {
            HttpResponse<String> response = server.get("/api/v1/events/stream?project=fan-out&timeout=10&since="
                    + since, token);
            JsonNode page = TestServer.json(response.body());
            page.get("events").forEach(event -> sequences.add(event.get("sequence").asLong()));
            since = page.get("lastEventId").asLong();
        }
        done.countDown();
    }

    /** Every transaction of the bridge takes a connection from its driver's pool, and is counted there. */
    private long acquiredConnections() {
        return server.driver().metrics().connectionPoolMetrics().stream()
                .mapToLong(ConnectionPoolMetrics::acquired).sum();
    }
}
