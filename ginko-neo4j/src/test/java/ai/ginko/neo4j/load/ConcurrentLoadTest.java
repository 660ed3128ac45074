package ai.ginko.neo4j.load;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.ClaimOutcome;
import ai.ginko.core.ClaimResult;
import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import ai.ginko.core.EventFilter;
import ai.ginko.core.Subscription;
import ai.ginko.neo4j.EmbeddedNeo4j;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Many writers, subscribers and claimers at once on the real database. Sized to prove the guarantees and no more:
 * eight writers contend for the project's counter on every append, so commits land out of the order in which the
 * writers asked, and the 1,200 events are more than a subscriber buffers (1,024 by default), so a lagging subscriber
 * must catch up from the store; the slow subscriber's small buffer makes it do that again and again.
 */
@Timeout(300)
@Isolated("it keeps both cores busy: tests that bound how soon something happens must not run beside it")
class ConcurrentLoadTest {

    private static final int WRITERS = 8;
    private static final int EVENTS_PER_WRITER = 150;
    private static final int TOTAL = WRITERS * EVENTS_PER_WRITER;
    private static final int SLOW_SUBSCRIBER_BUFFER = 64;
    private static final int CLAIMERS = 50;
    private static final int CLAIM_ROUNDS = 5;

    private final String org = "org-" + UUID.randomUUID();
    private final List<CoordinationClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(CoordinationClient::close);
    }

    private CoordinationClient client(String user) {
        return client(user, ClientSettings.DEFAULT_SUBSCRIBER_BUFFER);
    }

    private CoordinationClient client(String user, int subscriberBuffer) {
        CoordinationClient client = EmbeddedNeo4j.clientBuilder().scope(org, "p").userId(user)
                .pollInterval(Duration.ofMillis(50)).realtimeCursor(false).subscriberBufferSize(subscriberBuffer)
                .build();
        clients.add(client);
        return client;
    }

    @Test
    void fourSubscribersEachGetAllTwelveHundredEventsOfEightWritersInOrderOnce() throws Exception {
        List<List<Long>> received = subscribeAndWrite(4, Duration.ZERO, ClientSettings.DEFAULT_SUBSCRIBER_BUFFER);

        assertThat(received).hasSize(4)
                .allSatisfy(sequences -> assertThat(sequences).containsExactlyElementsOf(oneTo(TOTAL)));
    }

    @Test
    void aDeliberatelySlowSubscriberWithASmallBufferStillGetsEveryEventInOrderOnce() throws Exception {
        List<List<Long>> received = subscribeAndWrite(1, Duration.ofMillis(2), SLOW_SUBSCRIBER_BUFFER);

        assertThat(received.getFirst()).containsExactlyElementsOf(oneTo(TOTAL));
    }

    @Test
    void fiftyConcurrentClaimersOfOneTaskHaveExactlyOneWinnerFiveTimesOver() throws Exception {
        CoordinationClient client = client("claimers");
        List<AgentSession> agents = IntStream.range(0, CLAIMERS)
                .mapToObj(i -> client.startAgent(AgentRegistration.named("claimer-" + i))).toList();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int round = 0; round < CLAIM_ROUNDS; round++) {
                String task = "TASK-" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ClaimResult>> results = agents.stream()
                        .map(agent -> threads.submit(() -> {
                            start.await();
                            return agent.claim(task);
                        })).toList();
                start.countDown();
                List<ClaimResult> outcomes = new ArrayList<>();
                for (Future<ClaimResult> result : results) {
                    outcomes.add(result.get(60, TimeUnit.SECONDS));
                }

                List<ClaimResult> winners = outcomes.stream().filter(r -> r.outcome() == ClaimOutcome.CLAIMED).toList();
                assertThat(winners).as("winners of round %d", round).hasSize(1);
                assertThat(outcomes).filteredOn(r -> r.outcome() == ClaimOutcome.HELD_BY_OTHER).hasSize(CLAIMERS - 1)
                        .allSatisfy(r -> assertThat(r.holder()).isEqualTo(winners.getFirst().holder()));
            }
        }
    }

    private List<List<Long>> subscribeAndWrite(int subscriberCount, Duration listenerDelay, int subscriberBuffer)
            throws Exception {
        CoordinationClient reader = client("reader", subscriberBuffer);
        List<List<Long>> received = new ArrayList<>();
        List<Subscription> subscriptions = new ArrayList<>();
        for (int i = 0; i < subscriberCount; i++) {
            List<Long> sequences = new CopyOnWriteArrayList<>();
            received.add(sequences);
            subscriptions.add(reader.subscribe(0, EventFilter.all(), event -> {
                sequences.add(event.sequence());
                pause(listenerDelay);
            }));
        }
        writeConcurrently();
        awaitAll(received, Duration.ofMinutes(3));
        subscriptions.forEach(Subscription::close);
        return received;
    }

    private void writeConcurrently() throws Exception {
        List<CoordinationClient> writers = IntStream.range(0, WRITERS).mapToObj(i -> client("writer-" + i)).toList();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = writers.stream().map(writer -> threads.submit(() -> {
                for (int i = 0; i < EVENTS_PER_WRITER; i++) {
                    writer.logger().log(EventCategory.INSIGHT, "load " + i);
                }
                return null;
            })).collect(java.util.stream.Collectors.toList());
            for (Future<?> writer : done) {
                writer.get(3, TimeUnit.MINUTES);
            }
        }
    }

    private static void awaitAll(List<List<Long>> received, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (received.stream().anyMatch(r -> r.size() < TOTAL) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private static List<Long> oneTo(long last) {
        return LongStream.rangeClosed(1, last).boxed().toList();
    }

    private static void pause(Duration delay) {
        if (!delay.isZero()) {
            try {
                TimeUnit.NANOSECONDS.sleep(delay.toNanos());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
