package ai.ginko.neo4j.faults;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.CoordinationUnavailableException;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.EventFilter;
import ai.ginko.core.Subscription;
import ai.ginko.neo4j.EmbeddedNeo4j;
import ai.ginko.neo4j.Neo4jCoordination;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The database connection is cut mid-stream: a proxy between the driver and Neo4j drops every connection and
 * refuses new ones for a few seconds, then lets them through again.
 */
@Timeout(120)
class ConnectionCutTest {

    private static final Duration OUTAGE = Duration.ofSeconds(3);

    private final String org = "org-" + UUID.randomUUID();
    private TcpProxy proxy;
    private final List<CoordinationClient> clients = new ArrayList<>();

    @BeforeEach
    void startProxy() throws Exception {
        proxy = new TcpProxy(EmbeddedNeo4j.boltUri());
    }

    @AfterEach
    void stop() throws Exception {
        clients.forEach(CoordinationClient::close);
        proxy.close();
    }

    private CoordinationClient client(String uri, String user) {
        CoordinationClient client = Neo4jCoordination.builder().uri(uri).scope(org, "p").userId(user)
                .pollInterval(Duration.ofMillis(50)).build();
        clients.add(client);
        return client;
    }

    @Test
    void subscriptionResumesAfterAnOutageWithEveryEventExactlyOnceInOrder() throws Exception {
        CoordinationClient writer = client(EmbeddedNeo4j.boltUri().toString(), "writer");
        CoordinationClient reader = client(proxy.boltUri(), "reader");
        List<Long> seen = new CopyOnWriteArrayList<>();
        try (Subscription subscription = reader.subscribe(0, EventFilter.all(), e -> seen.add(e.sequence()))) {
            logSteadily(writer, 20);
            proxy.cut();
            logSteadily(writer, 20);
            TimeUnit.MILLISECONDS.sleep(OUTAGE.toMillis());
            proxy.restore();
            logSteadily(writer, 20);

            awaitSize(seen, 60);
            assertThat(seen).containsExactlyElementsOf(sequences(1, 60));
        }
    }

    @Test
    void longPollResumesAfterAnOutage() throws Exception {
        CoordinationClient writer = client(EmbeddedNeo4j.boltUri().toString(), "writer");
        CoordinationClient reader = client(proxy.boltUri(), "reader");
        writer.logger().log(EventCategory.INSIGHT, "before");
        assertThat(reader.poll(0, Duration.ofSeconds(5))).hasSize(1);

        proxy.cut();
        Thread.ofVirtual().start(() -> {
            sleepQuietly(OUTAGE);
            writer.logger().log(EventCategory.INSIGHT, "during");
            proxy.restore();
        });
        List<Event> next = pollThroughOutage(reader, 1);

        assertThat(next).extracting(Event::description).containsExactly("during");
    }

    @Test
    void aWriterCutOffEitherSucceedsByRetryingOrThrowsAndNeverLosesAnAcknowledgedEvent() throws Exception {
        CoordinationClient writer = client(proxy.boltUri(), "writer");
        CoordinationClient auditor = client(EmbeddedNeo4j.boltUri().toString(), "auditor");
        List<String> acknowledged = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        Thread.ofVirtual().start(() -> {
            sleepQuietly(Duration.ofMillis(200));
            proxy.cut();
            sleepQuietly(OUTAGE);
            proxy.restore();
        });
        for (int i = 0; i < 40; i++) {
            String description = "event " + i;
            try {
                writer.logger().log(EventCategory.FIX, description);
                acknowledged.add(description);
            } catch (CoordinationUnavailableException e) {
                refused.add(description);
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }

        List<String> stored = auditor.eventsSince(0, 1000).stream().map(Event::description).toList();
        assertThat(stored).doesNotHaveDuplicates().containsAll(acknowledged);
        assertThat(acknowledged.size() + refused.size()).isEqualTo(40);
        assertThat(stored).allSatisfy(d -> assertThat(acknowledged.contains(d) || refused.contains(d)).isTrue());
    }

    private static List<Event> pollThroughOutage(CoordinationClient reader, long after) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                List<Event> events = reader.poll(after, Duration.ofSeconds(10));
                if (!events.isEmpty()) {
                    return events;
                }
            } catch (CoordinationUnavailableException e) {
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
        return List.of();
    }

    private static void logSteadily(CoordinationClient writer, int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            writer.logger().log(EventCategory.INSIGHT, "event");
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    private static void awaitSize(List<Long> seen, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (seen.size() < size && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private static List<Long> sequences(long from, long to) {
        return java.util.stream.LongStream.rangeClosed(from, to).boxed().toList();
    }

    private static void sleepQuietly(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
