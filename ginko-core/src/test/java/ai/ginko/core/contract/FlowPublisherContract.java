package ai.ginko.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.EventFilter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** {@link CoordinationClient#publisher}: the subscription feed as a {@link Flow.Publisher} that honours demand. */
public abstract class FlowPublisherContract extends ContractTestSupport {

    @Test
    void deliversNoMoreThanRequested() throws Exception {
        CoordinationClient client = client();
        for (int i = 1; i <= 3; i++) {
            client.logger().log(EventCategory.FIX, "event " + i);
        }
        TestSubscriber subscriber = new TestSubscriber();
        client.publisher(0, EventFilter.all()).subscribe(subscriber);

        subscriber.subscription().request(1);

        assertThat(subscriber.received.awaitCount(1, VISIBLE)).isTrue();
        Thread.sleep(QUIET.toMillis());
        assertThat(subscriber.received.sequences()).containsExactly(1L);
    }

    @Test
    void deliversMoreWhenMoreIsRequested() throws Exception {
        CoordinationClient client = client();
        for (int i = 1; i <= 3; i++) {
            client.logger().log(EventCategory.FIX, "event " + i);
        }
        TestSubscriber subscriber = new TestSubscriber();
        client.publisher(0, EventFilter.all()).subscribe(subscriber);
        subscriber.subscription().request(1);
        assertThat(subscriber.received.awaitCount(1, VISIBLE)).isTrue();

        subscriber.subscription().request(2);

        assertThat(subscriber.received.awaitCount(3, VISIBLE)).isTrue();
        assertThat(subscriber.received.sequences()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void deliversLiveEventsAsDemanded() throws Exception {
        CoordinationClient writer = client();
        TestSubscriber subscriber = new TestSubscriber();
        client().publisher(0, EventFilter.categories(EventCategory.FEATURE)).subscribe(subscriber);
        subscriber.subscription().request(Long.MAX_VALUE);

        writer.logger().log(EventCategory.FIX, "not wanted");
        Event feature = writer.logger().log(EventCategory.FEATURE, "wanted");

        assertThat(subscriber.received.awaitEvent(feature.id(), VISIBLE)).isTrue();
        assertThat(subscriber.received.events()).containsExactly(feature);
    }

    @Test
    void cancelStopsDelivery() throws Exception {
        CoordinationClient client = client();
        TestSubscriber subscriber = new TestSubscriber();
        client.publisher(0, EventFilter.all()).subscribe(subscriber);
        subscriber.subscription().request(Long.MAX_VALUE);
        Event first = client.logger().log(EventCategory.FIX, "before cancel");
        assertThat(subscriber.received.awaitEvent(first.id(), VISIBLE)).isTrue();

        subscriber.subscription().cancel();
        Event later = client.logger().log(EventCategory.FIX, "after cancel");
        EventRecorder witness = new EventRecorder();
        client.subscribe(0, EventFilter.all(), witness);
        assertThat(witness.awaitEvent(later.id(), VISIBLE)).isTrue();
        Thread.sleep(QUIET.toMillis());

        assertThat(subscriber.received.events()).containsExactly(first);
    }

    @Test
    void eachSubscriberGetsItsOwnFeed() throws Exception {
        CoordinationClient client = client();
        Flow.Publisher<Event> publisher = client.publisher(0, EventFilter.all());
        TestSubscriber first = new TestSubscriber();
        TestSubscriber second = new TestSubscriber();
        publisher.subscribe(first);
        publisher.subscribe(second);

        client.logger().log(EventCategory.FIX, "one");
        client.logger().log(EventCategory.FIX, "two");
        first.subscription().request(2);
        second.subscription().request(1);

        assertThat(first.received.awaitCount(2, VISIBLE)).isTrue();
        assertThat(second.received.awaitCount(1, VISIBLE)).isTrue();
        Thread.sleep(QUIET.toMillis());
        assertThat(first.received.sequences()).containsExactly(1L, 2L);
        assertThat(second.received.sequences()).containsExactly(1L);
    }

    @Test
    void aNonPositiveRequestIsSignalledAsAnError() throws Exception {
        TestSubscriber subscriber = new TestSubscriber();
        client().publisher(0, EventFilter.all()).subscribe(subscriber);

        subscriber.subscription().request(0);

        assertThat(subscriber.error.get(VISIBLE.toMillis(), TimeUnit.MILLISECONDS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closingTheClientCompletesItsSubscribersBeforeCloseReturns() throws Exception {
        CoordinationClient client = client();
        client.logger().log(EventCategory.FIX, "one");
        client.logger().log(EventCategory.FIX, "two");
        Flow.Publisher<Event> publisher = client.publisher(0, EventFilter.all());
        TestSubscriber receiving = new TestSubscriber();
        TestSubscriber awaitingDemand = new TestSubscriber();
        publisher.subscribe(receiving);
        publisher.subscribe(awaitingDemand);
        receiving.subscription().request(Long.MAX_VALUE);
        awaitingDemand.subscription().request(1);
        assertThat(receiving.received.awaitCount(2, VISIBLE)).isTrue();
        assertThat(awaitingDemand.received.awaitCount(1, VISIBLE)).isTrue();

        client.close();

        assertThat(receiving.completed).isDone();
        assertThat(awaitingDemand.completed).isDone();
        Thread.sleep(QUIET.toMillis());
        assertThat(receiving.terminalSignals).hasValue(1);
        assertThat(awaitingDemand.terminalSignals).hasValue(1);
        assertThat(awaitingDemand.received.sequences()).containsExactly(1L);
    }

    @Test
    void aPublisherOfAClosedClientSignalsOnErrorAfterOnSubscribe() throws Exception {
        CoordinationClient client = client();
        Flow.Publisher<Event> publisher = client.publisher(0, EventFilter.all());
        client.close();
        TestSubscriber subscriber = new TestSubscriber();

        publisher.subscribe(subscriber);

        assertThat(subscriber.subscription).isDone();
        assertThat(subscriber.error.get(VISIBLE.toMillis(), TimeUnit.MILLISECONDS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("client is closed");
        assertThat(subscriber.terminalSignals).hasValue(1);
    }

    @Test
    void aSubscriberWhoseOnNextThrowsIsCancelledAndTheOthersKeepReceiving() throws Exception {
        CoordinationClient client = client();
        Flow.Publisher<Event> publisher = client.publisher(0, EventFilter.all());
        TestSubscriber failing = new TestSubscriber(event -> {
            throw new IllegalStateException("subscriber bug on purpose");
        });
        TestSubscriber other = new TestSubscriber();
        publisher.subscribe(failing);
        publisher.subscribe(other);
        failing.subscription().request(Long.MAX_VALUE);
        other.subscription().request(Long.MAX_VALUE);

        client.logger().log(EventCategory.FIX, "one");
        Event two = client.logger().log(EventCategory.FIX, "two");

        assertThat(other.received.awaitEvent(two.id(), VISIBLE)).isTrue();
        Thread.sleep(QUIET.toMillis());
        assertThat(other.received.sequences()).containsExactly(1L, 2L);
        // Rule 2.13: a subscriber that throws from onNext is considered cancelled, and gets no further signal.
        assertThat(failing.received.sequences()).containsExactly(1L);
        assertThat(failing.terminalSignals).hasValue(0);
    }

    @Test
    void aNullSubscriberIsRefusedWithANullPointerException() {
        Flow.Publisher<Event> publisher = client().publisher(0, EventFilter.all());

        assertThatThrownBy(() -> publisher.subscribe(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("subscriber");
    }

    /** Requests nothing by itself: each test drives the demand. Records, then runs its {@code onNext} action. */
    private static final class TestSubscriber implements Flow.Subscriber<Event> {
        final EventRecorder received = new EventRecorder();
        final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();
        final CompletableFuture<Throwable> error = new CompletableFuture<>();
        final CompletableFuture<Void> completed = new CompletableFuture<>();
        final AtomicInteger terminalSignals = new AtomicInteger();
        private final Consumer<Event> onNext;

        TestSubscriber() {
            this(event -> { });
        }

        TestSubscriber(Consumer<Event> onNext) {
            this.onNext = onNext;
        }

        Flow.Subscription subscription() throws Exception {
            return subscription.get(VISIBLE.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void onSubscribe(Flow.Subscription granted) {
            subscription.complete(granted);
        }

        @Override
        public void onNext(Event event) {
            received.onEvent(event);
            onNext.accept(event);
        }

        @Override
        public void onError(Throwable throwable) {
            terminalSignals.incrementAndGet();
            error.complete(throwable);
        }

        @Override
        public void onComplete() {
            terminalSignals.incrementAndGet();
            completed.complete(null);
        }
    }
}
