package ai.ginko.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import ai.ginko.core.AgentSession;
import ai.ginko.core.Blocker;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.EventFilter;
import ai.ginko.core.Severity;
import ai.ginko.core.Subscription;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link CoordinationClient#subscribe}: catch-up then live events, filtered, in order, each exactly once. */
public abstract class SubscriptionContract extends ContractTestSupport {

    @Test
    void deliversStoredEventsThenLiveOnesInOrderExactlyOnce() throws Exception {
        CoordinationClient writer = client();
        CoordinationClient reader = client();
        for (int i = 1; i <= 3; i++) {
            writer.logger().log(EventCategory.FIX, "stored " + i);
        }
        EventRecorder recorder = new EventRecorder();

        reader.subscribe(0, EventFilter.all(), recorder);
        for (int i = 1; i <= 3; i++) {
            writer.logger().log(EventCategory.FIX, "live " + i);
        }
        Event last = writer.logger().log(EventCategory.FIX, "last");

        assertThat(recorder.awaitEvent(last.id(), VISIBLE)).isTrue();
        assertThat(recorder.sequences()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    }

    @Test
    void deliversTheSameEventsThatReadsReturn() throws Exception {
        CoordinationClient writer = client();
        CoordinationClient reader = client();
        EventRecorder recorder = new EventRecorder();
        reader.subscribe(0, EventFilter.all(), recorder);

        writer.logger().log(EventCategory.FIX, "one");
        writer.startAgent(agentNamed("Agent")).logger().log(EventCategory.FEATURE, "two");

        assertThat(recorder.awaitCount(2, VISIBLE)).isTrue();
        assertThat(recorder.events()).isEqualTo(reader.eventsSince(0, 100));
    }

    @Test
    void startsAfterTheGivenSequence() throws Exception {
        CoordinationClient client = client();
        for (int i = 1; i <= 5; i++) {
            client.logger().log(EventCategory.FIX, "event " + i);
        }
        EventRecorder recorder = new EventRecorder();

        client().subscribe(3, EventFilter.all(), recorder);
        Event next = client.logger().log(EventCategory.FIX, "next");

        assertThat(recorder.awaitEvent(next.id(), VISIBLE)).isTrue();
        assertThat(recorder.sequences()).containsExactly(4L, 5L, 6L);
    }

    @Test
    void anotherClientSeesALoggedEventWithinFiveSeconds() throws Exception {
        CoordinationClient writer = client();
        CoordinationClient reader = client();
        CountDownLatch seen = new CountDownLatch(1);
        List<Event> received = new CopyOnWriteArrayList<>();
        reader.subscribe(reader.latestSequence(), EventFilter.all(), event -> {
            received.add(event);
            seen.countDown();
        });

        Event logged = writer.logger().log(EventCategory.DECISION, "visible everywhere");

        assertThat(seen.await(VISIBLE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        assertThat(received).containsExactly(logged);
    }

    @Test
    void aPushedEventArrivesWithinOneSecondOfLogging() throws Exception {
        CoordinationClient writer = client();
        CoordinationClient reader = client();
        AtomicLong arrivedAt = new AtomicLong();
        CountDownLatch arrived = new CountDownLatch(1);
        EventRecorder warmUp = new EventRecorder();
        reader.subscribe(0, EventFilter.all(), event -> {
            warmUp.onEvent(event);
            if (event.category() == EventCategory.FEATURE) {
                arrivedAt.set(System.nanoTime());
                arrived.countDown();
            }
        });
        // Once the warm-up event is through, the subscription is live rather than catching up.
        Event first = writer.logger().log(EventCategory.FIX, "warm-up");
        assertThat(warmUp.awaitEvent(first.id(), VISIBLE)).isTrue();

        long logStarted = System.nanoTime();
        writer.logger().log(EventCategory.FEATURE, "pushed");

        assertThat(arrived.await(VISIBLE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        assertThat(Duration.ofNanos(arrivedAt.get() - logStarted)).isLessThan(PUSH);
    }

    @Test
    void aClientsOwnEventReachesItsSubscriberWithoutWaitingForThePollInterval() throws Exception {
        CoordinationClient client = client(settings -> settings.pollInterval(Duration.ofMinutes(1)));
        EventRecorder recorder = new EventRecorder();
        client.subscribe(client.latestSequence(), EventFilter.all(), recorder);

        Event logged = client.logger().log(EventCategory.FIX, "mine");

        assertThat(recorder.awaitEvent(logged.id(), PUSH)).isTrue();
        assertThat(recorder.events()).containsExactly(logged);
    }

    @Test
    void filtersByCategory() throws Exception {
        CoordinationClient client = client();
        EventRecorder recorder = new EventRecorder();
        client().subscribe(0, EventFilter.categories(EventCategory.FEATURE, EventCategory.DECISION), recorder);

        Event feature = client.logger().log(EventCategory.FEATURE, "feature");
        client.logger().log(EventCategory.FIX, "fix");
        client.logger().log(EventCategory.INSIGHT, "insight");
        Event decision = client.logger().log(EventCategory.DECISION, "decision");

        assertThat(recorder.awaitEvent(decision.id(), VISIBLE)).isTrue();
        assertThat(recorder.events()).containsExactly(feature, decision);
    }

    @Test
    void filtersByAgent() throws Exception {
        CoordinationClient client = client();
        AgentSession wanted = client.startAgent(agentNamed("Wanted"));
        AgentSession other = client.startAgent(agentNamed("Other"));
        EventRecorder recorder = new EventRecorder();
        client().subscribe(0, EventFilter.agents(Set.of(wanted.agentId())), recorder);

        Event first = wanted.logger().log(EventCategory.FIX, "wanted 1");
        other.logger().log(EventCategory.FIX, "other");
        client.logger().log(EventCategory.FIX, "human");
        Event second = wanted.logger().log(EventCategory.FIX, "wanted 2");

        assertThat(recorder.awaitEvent(second.id(), VISIBLE)).isTrue();
        assertThat(recorder.events()).containsExactly(first, second);
    }

    @Test
    void filtersBlockersAffectingTasks() throws Exception {
        CoordinationClient client = client();
        EventRecorder recorder = new EventRecorder();
        client().subscribe(0, EventFilter.blockersAffecting(List.of("TASK-6")), recorder);

        Event affecting = client.logger().logBlocker("API down",
                Blocker.of("payments-api", Severity.HIGH, List.of("TASK-6", "TASK-7")));
        client.logger().logBlocker("DB migration", Blocker.of("TASK-2", Severity.LOW, List.of("TASK-8")));
        client.logger().log(EventCategory.FEATURE, "TASK-6 progress");
        Event alsoAffecting = client.logger().logBlocker("Waiting on review",
                Blocker.of("review", Severity.LOW, List.of("TASK-6")));

        assertThat(recorder.awaitEvent(alsoAffecting.id(), VISIBLE)).isTrue();
        assertThat(recorder.events()).containsExactly(affecting, alsoAffecting);
    }

    @Test
    void aListenerThatThrowsKeepsReceiving() throws Exception {
        CoordinationClient client = client();
        EventRecorder recorder = new EventRecorder();
        client().subscribe(0, EventFilter.all(), event -> {
            recorder.onEvent(event);
            if (event.sequence() == 2) {
                throw new IllegalStateException("listener bug on purpose");
            }
        });

        for (int i = 1; i <= 4; i++) {
            client.logger().log(EventCategory.FIX, "event " + i);
        }

        assertThat(recorder.awaitCount(4, VISIBLE)).isTrue();
        assertThat(recorder.sequences()).containsExactly(1L, 2L, 3L, 4L);
    }

    /**
     * The errors a listener realistically throws: a failed assertion, a class missing at run time, runaway recursion.
     * (A {@link StackOverflowError} is a {@link VirtualMachineError}, but it is thrown in the listener's own frames
     * and leaves the thread sound once unwound; other virtual-machine errors, such as running out of memory, end the
     * subscription's thread.)
     */
    static Stream<Arguments> listenerErrors() {
        return Stream.of(
                arguments(Named.of("AssertionError", new AssertionError("listener bug on purpose"))),
                arguments(Named.of("NoClassDefFoundError", new NoClassDefFoundError("on/purpose/Missing"))),
                arguments(Named.of("StackOverflowError", new StackOverflowError("listener recursion on purpose"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listenerErrors")
    void aListenerThatThrowsAnErrorKeepsReceivingAndSoDoTheOthers(Error error) throws Exception {
        CoordinationClient writer = client();
        CoordinationClient reader = client();
        EventRecorder failing = new EventRecorder();
        EventRecorder other = new EventRecorder();
        reader.subscribe(0, EventFilter.all(), event -> {
            failing.onEvent(event);
            if (event.sequence() == 2) {
                throw error;
            }
        });
        reader.subscribe(0, EventFilter.all(), other);

        for (int i = 1; i <= 4; i++) {
            writer.logger().log(EventCategory.FIX, "event " + i);
        }

        assertThat(failing.awaitCount(4, VISIBLE)).isTrue();
        assertThat(other.awaitCount(4, VISIBLE)).isTrue();
        assertThat(failing.sequences()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(other.sequences()).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aSlowListenerWithASmallBufferReceivesEveryEventInOrderOnce() throws Exception {
        CoordinationClient writer = client();
        CoordinationClient reader = client(settings -> settings.subscriberBufferSize(4));
        EventRecorder recorder = new EventRecorder();
        reader.subscribe(0, EventFilter.all(), event -> {
            pause(Duration.ofMillis(10));
            recorder.onEvent(event);
        });

        int total = 40;
        for (int i = 1; i <= total; i++) {
            writer.logger().log(EventCategory.FIX, "event " + i);
        }

        assertThat(recorder.awaitCount(total, VISIBLE.multipliedBy(2))).isTrue();
        Event sentinel = writer.logger().log(EventCategory.FIX, "sentinel");
        assertThat(recorder.awaitEvent(sentinel.id(), VISIBLE)).isTrue();
        assertThat(recorder.sequences())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, total + 1).boxed().toList());
    }

    @Test
    void aSlowListenerDoesNotDelayAFastOne() throws Exception {
        CoordinationClient writer = client();
        CoordinationClient reader = client(settings -> settings.subscriberBufferSize(4));
        int total = 10;
        EventRecorder slow = new EventRecorder();
        reader.subscribe(0, EventFilter.all(), event -> {
            pause(Duration.ofMillis(200));
            slow.onEvent(event);
        });
        EventRecorder fast = new EventRecorder();
        reader.subscribe(0, EventFilter.all(), fast);

        for (int i = 1; i <= total; i++) {
            writer.logger().log(EventCategory.FIX, "event " + i);
        }

        assertThat(fast.awaitCount(total, VISIBLE)).isTrue();
        // The slow listener needs two seconds for all of them; the fast one must not have waited for it.
        assertThat(slow.count()).isLessThan(total);
    }

    @Test
    void closeStopsDelivery() throws Exception {
        CoordinationClient writer = client();
        CoordinationClient reader = client();
        EventRecorder recorder = new EventRecorder();
        Subscription subscription = reader.subscribe(0, EventFilter.all(), recorder);
        Event first = writer.logger().log(EventCategory.FIX, "before close");
        assertThat(recorder.awaitEvent(first.id(), VISIBLE)).isTrue();

        subscription.close();
        Event later = writer.logger().log(EventCategory.FIX, "after close");
        EventRecorder witness = new EventRecorder();
        reader.subscribe(0, EventFilter.all(), witness);
        assertThat(witness.awaitEvent(later.id(), VISIBLE)).isTrue();
        Thread.sleep(QUIET.toMillis());

        assertThat(subscription.isClosed()).isTrue();
        assertThat(recorder.events()).containsExactly(first);
        assertThat(subscription.position()).isEqualTo(first.sequence());
    }

    @Test
    void positionIsTheLastDeliveredSequence() throws Exception {
        CoordinationClient client = client();
        EventRecorder recorder = new EventRecorder();
        Subscription subscription = client().subscribe(0, EventFilter.all(), recorder);

        client.logger().log(EventCategory.FIX, "one");
        Event second = client.logger().log(EventCategory.FIX, "two");

        assertThat(recorder.awaitEvent(second.id(), VISIBLE)).isTrue();
        // The position moves before the listener is called: a listener that has an event never sees it behind.
        assertThat(subscription.position()).isEqualTo(second.sequence());
        assertThat(subscription.isClosed()).isFalse();
    }

    @Test
    void positionPassesFilteredOutEvents() throws Exception {
        CoordinationClient client = client();
        EventRecorder recorder = new EventRecorder();
        Subscription subscription = client().subscribe(0, EventFilter.categories(EventCategory.FEATURE), recorder);

        client.logger().log(EventCategory.FIX, "filtered out");
        Event last = client.logger().log(EventCategory.DECISION, "filtered out too");

        awaitTrue(VISIBLE, "the subscription passed the filtered events",
                () -> subscription.position() == last.sequence());
        assertThat(recorder.events()).isEmpty();
    }

    /** Sleeps like slow work does; keeps the interrupt that closing the subscription sends. */
    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
