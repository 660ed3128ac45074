package ai.ginko.core.internal;

import static ai.ginko.core.TestEvents.SCOPE;
import static ai.ginko.core.TestEvents.event;
import static ai.ginko.core.TestEvents.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventFilter;
import ai.ginko.core.EventListener;
import ai.ginko.core.RecordingMetrics;
import ai.ginko.core.spi.CoordinationStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class SubscriberChannelTest {

    private final CoordinationStore store = mock(CoordinationStore.class);
    private final StoreLog log = new StoreLog(store);
    private final List<Long> delivered = new CopyOnWriteArrayList<>();
    private final AtomicInteger closings = new AtomicInteger();
    private final List<String> endings = new CopyOnWriteArrayList<>();
    private final RecordingMetrics metrics = new RecordingMetrics();
    private SubscriberChannel channel;

    @AfterEach
    void closeChannel() {
        if (channel != null) {
            channel.close();
        }
    }

    @Test
    void catchesUpFromTheStoreFirst() throws Exception {
        log.append(1, 3);

        start(0, recordAll(), 16);

        Await.until("the stored events arrived", () -> delivered.size() == 3);
        assertThat(delivered).containsExactly(1L, 2L, 3L);
    }

    @Test
    void retriesTheCatchUpWhenTheStoreFails() throws Exception {
        log.append(1, 3);
        log.failuresToCome.set(2);

        start(0, recordAll(), 16);

        Await.until("the stored events arrived", () -> delivered.size() == 3);
        assertThat(delivered).containsExactly(1L, 2L, 3L);
    }

    @Test
    void skipsBufferedEventsTheCatchUpAlreadyDelivered() throws Exception {
        log.append(1, 3);
        channel = channel(0, recordAll(), 16);
        channel.accept(events(1, 2));
        channel.start();
        Await.until("the stored events arrived", () -> delivered.size() == 3);

        log.append(4, 4);
        channel.accept(List.of(event(4)));

        Await.until("the buffered event arrived", () -> delivered.size() == 4);
        assertThat(delivered).containsExactly(1L, 2L, 3L, 4L);
        verify(store, times(1)).eventsAfter(eq(SCOPE), anyLong(), anyInt());
    }

    @Test
    void fillsAGapBeforeABufferedEventFromTheStore() throws Exception {
        start(0, recordAll(), 16);
        Await.until("the first catch-up is done",
                () -> mockingDetails(store).getInvocations().size() == 1);
        log.append(1, 5);

        channel.accept(events(4, 5));

        Await.until("every event arrived", () -> delivered.size() == 5);
        assertThat(delivered).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void afterAnOverflowItCatchesUpFromTheStore() throws Exception {
        CountDownLatch inListener = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        log.append(1, 1);
        start(0, event -> {
            if (event.sequence() == 1) {
                inListener.countDown();
                awaitQuietly(release);
            }
            delivered.add(event.sequence());
        }, 2);
        inListener.await();
        log.append(2, 6);

        channel.accept(events(2, 6));
        release.countDown();

        Await.until("every event arrived", () -> delivered.size() == 6);
        assertThat(delivered).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        verify(store).eventsAfter(SCOPE, 1, CoordinationClient.MAX_LIMIT);
    }

    @Test
    void aListenerMayCloseItsOwnSubscription() throws Exception {
        log.append(1, 3);

        start(0, event -> {
            delivered.add(event.sequence());
            channel.close();
        }, 16);

        Await.until("the subscription is closed", () -> channel.isClosed());
        Thread.sleep(100);
        assertThat(delivered).containsExactly(1L);
        assertThat(closings).hasValue(1);
    }

    @Test
    void closeIsIdempotentAndReleasesOnce() {
        start(0, recordAll(), 16);

        channel.close();
        channel.close();

        assertThat(channel.isClosed()).isTrue();
        assertThat(closings).hasValue(1);
    }

    @Test
    void closeRunsTheEndingOnceOnTheChannelsThreadAfterItsLastDelivery() throws Exception {
        log.append(1, 2);
        start(0, recordAll(), 16);
        Await.until("the stored events arrived", () -> delivered.size() == 2);

        channel.close();
        channel.close();

        assertThat(endings).containsExactly("ginko-subscriber-" + SCOPE + " after [1, 2] Optional.empty");
    }

    @Test
    void aChannelClosedBeforeItStartsStillRunsItsEnding() throws Exception {
        log.append(1, 2);
        channel = channel(0, recordAll(), 16);
        channel.close();

        channel.start();

        Await.until("the ending ran", () -> endings.size() == 1);
        assertThat(endings).containsExactly("ginko-subscriber-" + SCOPE + " after [] Optional.empty");
        assertThat(closings).hasValue(1);
    }

    @Test
    void stopReturnsWithoutWaitingForTheDeliveryInProgress() throws Exception {
        CountDownLatch inListener = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        log.append(1, 2);
        start(0, event -> {
            inListener.countDown();
            awaitUninterruptibly(release);
            delivered.add(event.sequence());
        }, 16);
        inListener.await();

        channel.stop();

        assertThat(channel.isClosed()).isTrue();
        assertThat(endings).isEmpty();
        release.countDown();
        Await.until("the ending ran", () -> endings.size() == 1);
        assertThat(delivered).containsExactly(1L);
    }

    @Test
    void aListenerThatThrowsAnErrorKeepsReceiving() throws Exception {
        log.append(1, 3);

        start(0, event -> {
            delivered.add(event.sequence());
            throw new LinkageError("listener bug on purpose");
        }, 16);

        Await.until("every event arrived", () -> delivered.size() == 3);
        assertThat(channel.isClosed()).isFalse();
        assertThat(endings).isEmpty();
    }

    @Test
    void aFatalErrorOfTheListenerEndsTheChannelAndReachesItsEnding() throws Exception {
        log.append(1, 3);

        start(0, event -> {
            delivered.add(event.sequence());
            throw new OutOfMemoryError("on purpose");
        }, 16);

        Await.until("the ending ran", () -> endings.size() == 1);
        assertThat(delivered).containsExactly(1L);
        assertThat(endings.getFirst()).endsWith("Optional[java.lang.OutOfMemoryError: on purpose]");
        assertThat(channel.isClosed()).isTrue();
        assertThat(closings).hasValue(1);
    }

    @Test
    void asksAStartingPollerToStartAtItsPosition() throws Exception {
        log.append(1, 5);
        channel = channel(3, recordAll(), 16);
        assertThat(channel.requiredStart()).isEqualTo(3);

        channel.start();

        Await.until("the channel passed the stored events", () -> channel.requiredStart() == 5);
        assertThat(delivered).containsExactly(4L, 5L);
    }

    @Test
    void tellsItsMetricsOfEachDeliveryAndOnceOfEachTimeItFellBehind() throws Exception {
        log.append(1, 5);
        channel = channel(0, recordAll(), 2);
        channel.accept(events(1, 4));
        channel.accept(List.of(event(5)));

        channel.start();

        Await.until("the events arrived", () -> delivered.size() == 5);
        assertThat(metrics.overflows).hasValue(1);
        assertThat(metrics.delivered).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    private void start(long afterSequence, EventListener listener, int bufferSize) {
        channel = channel(afterSequence, listener, bufferSize);
        channel.start();
    }

    private SubscriberChannel channel(long afterSequence, EventListener listener, int bufferSize) {
        return new SubscriberChannel(store, SCOPE, afterSequence, EventFilter.all(), listener, bufferSize,
                Duration.ofMillis(5), closings::incrementAndGet, fatal -> endings.add(
                        Thread.currentThread().getName() + " after " + delivered + " " + fatal), metrics);
    }

    private EventListener recordAll() {
        return (Event event) -> delivered.add(event.sequence());
    }

    /** Holds on through the interrupt that stopping the channel sends, as a listener that ignores it would. */
    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
