package ai.ginko.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.ClientMetrics;
import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.EventFilter;
import ai.ginko.core.EventListener;
import ai.ginko.core.RecordingMetrics;
import ai.ginko.core.TaskDefinition;
import ai.ginko.core.TaskFilter;
import ai.ginko.core.memory.InMemoryCoordination;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The client tells its {@link ClientMetrics} of claims and deliveries, and a failing one changes nothing. */
@Timeout(30)
class ClientMetricsTest {

    private final InMemoryCoordination coordination = new InMemoryCoordination();
    private CoordinationClient client;

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void claimsAreCountedAsWonOrLost() throws Exception {
        RecordingMetrics metrics = new RecordingMetrics();
        client = client(metrics);
        client.tasks().define(List.of(TaskDefinition.of("TASK-2", "Docs")));
        try (AgentSession a = client.startAgent(AgentRegistration.named("A"));
             AgentSession b = client.startAgent(AgentRegistration.named("B"))) {
            a.claim("TASK-1");
            b.claim("TASK-1");
            b.claimNext(TaskFilter.any());
        }

        assertThat(metrics.won).containsExactly("TASK-1", "TASK-2");
        assertThat(metrics.lost).containsExactly("TASK-1");
    }

    @Test
    void eachDeliveredEventIsCounted() throws Exception {
        RecordingMetrics metrics = new RecordingMetrics();
        client = client(metrics);
        List<Long> received = new CopyOnWriteArrayList<>();
        client.subscribe(0, EventFilter.all(), (Event event) -> received.add(event.sequence()));

        client.logger().log(EventCategory.FEATURE, "one");
        client.logger().log(EventCategory.FEATURE, "two");

        Await.until("both events arrived", () -> received.size() == 2);
        assertThat(metrics.delivered).containsExactly(1L, 2L);
    }

    @Test
    void metricsThatThrowChangeNothing() throws Exception {
        client = client(new ThrowingMetrics());
        List<Long> received = new CopyOnWriteArrayList<>();
        EventListener listener = (Event event) -> received.add(event.sequence());
        client.subscribe(0, EventFilter.all(), listener);

        try (AgentSession a = client.startAgent(AgentRegistration.named("A"))) {
            assertThat(a.claim("TASK-1").acquired()).isTrue();
        }

        Await.until("the claim's event arrived", () -> received.size() == 1);
        assertThat(received).containsExactly(1L);
    }

    private CoordinationClient client(ClientMetrics metrics) {
        return coordination.client(ClientSettings.builder(Map.of()).scope("acme", "metrics").userId("dana")
                .pollInterval(Duration.ofMillis(20)).metrics(metrics).build());
    }

    private static final class ThrowingMetrics implements ClientMetrics {
        @Override
        public void polled(List<Event> batch) {
            throw new IllegalStateException("meter down on purpose");
        }

        @Override
        public void delivered(Event event) {
            throw new AssertionError("meter bug on purpose");
        }

        @Override
        public void claimWon(String taskId) {
            throw new IllegalStateException("meter down on purpose");
        }
    }
}
