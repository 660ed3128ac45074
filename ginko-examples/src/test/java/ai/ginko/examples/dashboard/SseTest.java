package ai.ginko.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SseTest extends DashboardApiTest {

    // Generous: it only bounds how long a failing test waits, and CI machines can be slow.
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String STREAM = "/api/v1/events/sse?project=checkout";

    private CoordinationClient client;

    @Override
    protected TestServer startServer() {
        return TestServer.start(options -> options.heartbeatInterval(Duration.ofMillis(300)));
    }

    @BeforeEach
    void newClient() {
        client = server.existingProject(organization, "checkout");
    }

    @Test
    void startsWithRetryAndConnectedThenStreamsEventsAsTheyCommit() throws Exception {
        try (SseClient stream = SseClient.open(server, STREAM, token, Map.of())) {
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
            SseEvent connected = stream.next(WAIT);
            assertThat(connected.type()).isEqualTo("connected");
            assertThat(connected.id()).isEqualTo("0");

            client.logger().log(EventCategory.FEATURE, "pushed");

            SseEvent event = stream.next("event", WAIT);
            assertThat(event.id()).isEqualTo("1");
            assertThat(event.json().get("description").asText()).isEqualTo("pushed");
            assertThat(event.json().get("sequence").asLong()).isEqualTo(1);
        }
    }

    @Test
    void pushesAnEventWithinOneSecondOfItsCommit() throws Exception {
        try (SseClient stream = SseClient.open(server, STREAM, token, Map.of())) {
            assertThat(stream.next("connected", WAIT)).isNotNull();

            client.logger().log(EventCategory.DECISION, "timed");
            long committed = System.nanoTime();
            SseEvent event = stream.next("event", WAIT);

            assertThat(event).isNotNull();
            assertThat(Duration.ofNanos(System.nanoTime() - committed)).isLessThan(Duration.ofSeconds(1));
        }
    }

    @Test
    void resumesAfterLastEventIdWithNothingLostOrRepeated() throws Exception {
        List<String> seen = new ArrayList<>();
        try (SseClient stream = SseClient.open(server, STREAM, token, Map.of())) {
            stream.next("connected", WAIT);
            for (int i = 1; i <= 3; i++) {
                client.logger().log(EventCategory.FEATURE, "event " + i);
            }
            for (int i = 1; i <= 3; i++) {
                seen.add(stream.next("event", WAIT).id());
            }
        }
        client.logger().log(EventCategory.FEATURE, "event 4, while disconnected");
        client.logger().log(EventCategory.FEATURE, "event 5, while disconnected");

        try (SseClient stream = SseClient.open(server, STREAM, token, Map.of("Last-Event-ID", seen.getLast()))) {
            client.logger().log(EventCategory.FEATURE, "event 6, after reconnecting");
            for (int i = 4; i <= 6; i++) {
                seen.add(stream.next("event", WAIT).id());
            }
            assertThat(stream.next("event", Duration.ofMillis(500))).isNull();
        }
        assertThat(seen).containsExactly("1", "2", "3", "4", "5", "6");
    }

    @Test
    void lastEventIdTakesPrecedenceOverSince() throws Exception {
        for (int i = 1; i <= 3; i++) {
            client.logger().log(EventCategory.FEATURE, "event " + i);
        }

        try (SseClient stream = SseClient.open(server, STREAM + "&since=0", token, Map.of("Last-Event-ID", "2"))) {
            assertThat(stream.next("connected", WAIT).id()).isEqualTo("2");
            assertThat(stream.next("event", WAIT).id()).isEqualTo("3");
        }
    }

    @Test
    void startsAfterSinceWhenThereIsNoLastEventId() throws Exception {
        client.logger().log(EventCategory.FEATURE, "event 1");
        client.logger().log(EventCategory.FEATURE, "event 2");

        try (SseClient stream = SseClient.open(server, STREAM + "&since=1", token, Map.of())) {
            assertThat(stream.next("event", WAIT).id()).isEqualTo("2");
        }
    }

    @Test
    void startsAfterTheLatestEventWithoutSinceOrLastEventId() throws Exception {
        client.logger().log(EventCategory.FEATURE, "old news");

        try (SseClient stream = SseClient.open(server, STREAM, token, Map.of())) {
            assertThat(stream.next("connected", WAIT).id()).isEqualTo("1");
            client.logger().log(EventCategory.FEATURE, "news");
            assertThat(stream.next("event", WAIT).json().get("description").asText()).isEqualTo("news");
        }
    }

    @Test
    void aProjectWithNothingInItYetStreamsItsFirstEvents() throws Exception {
        try (SseClient stream = SseClient.open(server, "/api/v1/events/sse?project=brand-new", token, Map.of())) {
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.next("connected", WAIT).id()).isEqualTo("0");

            server.client(organization, "brand-new").logger().log(EventCategory.FEATURE, "the first");

            assertThat(stream.next("event", WAIT).json().get("description").asText()).isEqualTo("the first");
        }
    }

    @Test
    void aStreamOpenLongerThanTheIdleClientTimeoutKeepsItsClient() throws Exception {
        try (TestServer quickToEvict = TestServer.start(options -> options
                .idleClientTimeout(Duration.ofMillis(100)).heartbeatInterval(Duration.ofMillis(300)))) {
            String organization = TestServer.newOrganization();
            CoordinationClient writer = quickToEvict.existingProject(organization, "checkout");
            try (SseClient stream = SseClient.open(quickToEvict, STREAM, quickToEvict.tokenFor(organization),
                    Map.of())) {
                assertThat(stream.next("connected", WAIT)).isNotNull();
                // Ten idle timeouts; a sweep in between would close the client the stream reads from.
                Thread.sleep(1_000);

                writer.logger().log(EventCategory.FEATURE, "after many idle timeouts");

                assertThat(stream.next("event", WAIT).json().get("description").asText())
                        .isEqualTo("after many idle timeouts");
            }
        }
    }

    @Test
    void sendsHeartbeatsWhileNothingHappens() throws Exception {
        try (SseClient stream = SseClient.open(server, STREAM, token, Map.of())) {
            SseEvent heartbeat = stream.next("heartbeat", WAIT);

            assertThat(heartbeat).isNotNull();
            assertThat(heartbeat.json().has("timestamp")).isTrue();
        }
    }

    @Test
    void closesTheSubscriptionWhenTheClientGoesAway() throws Exception {
        SseClient stream = SseClient.open(server, STREAM, token, Map.of());
        assertThat(stream.next("connected", WAIT)).isNotNull();
        assertThat(server.server().openEventStreams()).isPositive();

        stream.close();

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (server.server().openEventStreams() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(server.server().openEventStreams()).isZero();
    }

    @Test
    void answers503WhenServerSentEventsAreDisabled() {
        try (TestServer pollingOnly = TestServer.start(options -> options.sseEnabled(false))) {
            String organization = TestServer.newOrganization();
            HttpResponse<String> response = pollingOnly.get(STREAM, pollingOnly.tokenFor(organization));

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(TestServer.json(response.body()).get("error").asText()).contains("/api/v1/events/stream");
        }
    }

    @Test
    void closingTheServerEndsOpenStreams() throws Exception {
        TestServer closing = TestServer.start();
        String organization = TestServer.newOrganization();
        closing.existingProject(organization, "checkout");
        try (SseClient stream = SseClient.open(closing, STREAM, closing.tokenFor(organization), Map.of())) {
            assertThat(stream.next("connected", WAIT)).isNotNull();
            long start = System.nanoTime();

            closing.close();

            assertThat(stream.next(SseClient.END.type(), WAIT)).isSameAs(SseClient.END);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }
}
