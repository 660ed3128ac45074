package ai.ginko.core.internal;

import static ai.ginko.core.TestEvents.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.atMost;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.RecordingMetrics;
import ai.ginko.core.spi.CoordinationStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Isolated: several tests count the polls within a fixed window (at most 8 in a second at a 200 ms interval, at
 * least 8 in half a second at a 20 ms burst interval), which other test classes busy on the same two cores could
 * starve.
 */
@Isolated
@Timeout(30)
class EventPollerTest {

    private static final Duration INTERVAL = Duration.ofMillis(20);
    private static final int PAGE = CoordinationClient.MAX_LIMIT;
    private static final long ANY_START = Long.MAX_VALUE;

    private final CoordinationStore store = mock(CoordinationStore.class);
    private final StoreLog log = new StoreLog(store);
    private EventPoller poller = new EventPoller(store, SCOPE, INTERVAL);

    @AfterEach
    void closePoller() {
        poller.close();
    }

    @Test
    void sendsNoQueryWithoutSinks() throws Exception {
        Thread.sleep(INTERVAL.multipliedBy(10).toMillis());

        verifyNoInteractions(store);
        assertThat(poller.queries()).isZero();
    }

    @Test
    void sendsNoQueryOnceTheLastSinkLeft() throws Exception {
        RecordingSink sink = new RecordingSink(ANY_START);
        poller.register(sink);
        verify(store, timeout(5_000).atLeastOnce()).pollEvents(eq(SCOPE), anyLong(), anyInt());

        poller.unregister(sink);
        Thread.sleep(INTERVAL.multipliedBy(5).toMillis());
        clearInvocations(store);
        Thread.sleep(INTERVAL.multipliedBy(10).toMillis());

        verifyNoInteractions(store);
    }

    @Test
    void sendsOneQueryPerIntervalHoweverManySinks() throws Exception {
        poller = new EventPoller(store, SCOPE, Duration.ofMillis(50));
        List<RecordingSink> sinks = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            RecordingSink sink = new RecordingSink(ANY_START);
            sinks.add(sink);
            poller.register(sink);
        }
        Thread.sleep(100);
        clearInvocations(store);

        log.append(1, 1);
        Thread.sleep(1_000);

        // About 20 ticks in a second; a query per sink would be 2000.
        verify(store, atMost(25)).pollEvents(eq(SCOPE), anyLong(), anyInt());
        verify(store, atLeast(5)).pollEvents(eq(SCOPE), anyLong(), anyInt());
        assertThat(sinks).allSatisfy(sink -> assertThat(sink.sequences()).containsExactly(1L));
    }

    @Test
    void pollsAtTheBurstIntervalForAnIntervalAfterFindingEvents() throws Exception {
        poller = new EventPoller(store, SCOPE, Duration.ofSeconds(2), Duration.ofMillis(20));
        poller.register(new RecordingSink(ANY_START));
        verify(store, timeout(5_000).atLeastOnce()).pollEvents(eq(SCOPE), anyLong(), anyInt());
        log.append(1, 1);
        poller.wake();
        verify(store, timeout(5_000).atLeastOnce()).pollEvents(SCOPE, 1, PAGE);

        Thread.sleep(500);

        // About 25 polls at 20 ms; at the 2 s interval there would be none.
        verify(store, atLeast(8)).pollEvents(SCOPE, 1, PAGE);
    }

    @Test
    void returnsToTheIntervalOnceAnIntervalPassedWithoutEvents() throws Exception {
        poller = new EventPoller(store, SCOPE, Duration.ofMillis(200), Duration.ofMillis(10));
        poller.register(new RecordingSink(ANY_START));
        log.append(1, 1);
        poller.wake();
        verify(store, timeout(5_000).atLeastOnce()).pollEvents(SCOPE, 1, PAGE);
        Thread.sleep(500);
        clearInvocations(store);

        Thread.sleep(1_000);

        // About 5 polls at 200 ms; at the 10 ms burst interval there would be about 100.
        verify(store, atMost(8)).pollEvents(eq(SCOPE), anyLong(), anyInt());
    }

    @Test
    void anIdlePollerWithBurstsOnPollsAtTheInterval() throws Exception {
        poller = new EventPoller(store, SCOPE, Duration.ofMillis(200), Duration.ofMillis(10));
        poller.register(new RecordingSink(ANY_START));
        verify(store, timeout(5_000).atLeastOnce()).pollEvents(eq(SCOPE), anyLong(), anyInt());
        clearInvocations(store);

        Thread.sleep(1_000);

        verify(store, atMost(8)).pollEvents(eq(SCOPE), anyLong(), anyInt());
    }

    @Test
    void countsEveryQueryItSends() throws Exception {
        RecordingSink sink = new RecordingSink(ANY_START);
        poller.register(sink);
        Thread.sleep(INTERVAL.multipliedBy(5).toMillis());

        poller.close();

        assertThat(poller.queries()).isPositive().isEqualTo(mockingDetails(store).getInvocations().size());
    }

    @Test
    void handsEveryBatchToEverySink() throws Exception {
        RecordingSink first = new RecordingSink(ANY_START);
        RecordingSink second = new RecordingSink(ANY_START);
        poller.register(first);
        poller.register(second);
        verify(store, timeout(5_000).atLeastOnce()).pollEvents(eq(SCOPE), anyLong(), anyInt());

        log.append(1, 3);

        Await.until("both sinks have three events", () -> first.count() == 3 && second.count() == 3);
        assertThat(first.sequences()).containsExactly(1L, 2L, 3L);
        assertThat(second.sequences()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void startsAfterTheSmallestSequenceItsSinksNeed() throws Exception {
        log.append(1, 10);
        CountDownLatch bothRegistered = new CountDownLatch(1);
        when(store.latestSequence(SCOPE)).thenAnswer(invocation -> {
            bothRegistered.await();
            return 10L;
        });
        RecordingSink needsFrom4 = new RecordingSink(4);
        RecordingSink needsFrom7 = new RecordingSink(7);
        poller.register(needsFrom7);
        poller.register(needsFrom4);
        bothRegistered.countDown();

        Await.until("the sink has events 5 to 10", () -> needsFrom4.count() == 6);
        verify(store).pollEvents(SCOPE, 4, PAGE);
        assertThat(needsFrom4.sequences()).containsExactly(5L, 6L, 7L, 8L, 9L, 10L);
    }

    @Test
    void startsAtTheNewestSequenceWhenNoSinkNeedsEarlierOnes() throws Exception {
        log.append(1, 10);
        RecordingSink sink = new RecordingSink(ANY_START);
        poller.register(sink);
        verify(store, timeout(5_000).atLeastOnce()).pollEvents(SCOPE, 10, PAGE);

        log.append(11, 11);

        Await.until("the sink has the new event", () -> sink.count() == 1);
        assertThat(sink.sequences()).containsExactly(11L);
    }

    @Test
    void readsFullPagesUntilAShorterOne() throws Exception {
        log.append(1, PAGE + 5);
        RecordingSink sink = new RecordingSink(0);

        poller.register(sink);

        Await.until("the sink has every event", () -> sink.count() == PAGE + 5);
        assertThat(sink.sequences()).isEqualTo(LongStream.rangeClosed(1, PAGE + 5).boxed().toList());
        verify(store).pollEvents(SCOPE, 0, PAGE);
        verify(store).pollEvents(SCOPE, PAGE, PAGE);
    }

    @Test
    void keepsPollingAfterStoreFailuresAndResumesAfterTheLastDeliveredEvent() throws Exception {
        log.append(1, 2);
        RecordingSink sink = new RecordingSink(0);
        poller.register(sink);
        Await.until("the sink has the first events", () -> sink.count() == 2);

        log.failuresToCome.set(3);
        log.append(3, 4);

        Await.until("the sink has the later events", () -> sink.count() == 4);
        assertThat(sink.sequences()).containsExactly(1L, 2L, 3L, 4L);
        verify(store, atLeast(4)).pollEvents(SCOPE, 2, PAGE);
        verify(store, times(1)).latestSequence(SCOPE);
    }

    @Test
    void keepsPollingAfterTheStoreThrowsAnError() throws Exception {
        log.append(1, 2);
        RecordingSink sink = new RecordingSink(0);
        poller.register(sink);
        Await.until("the sink has the first events", () -> sink.count() == 2);

        log.errorsToCome.set(1);
        log.append(3, 4);

        Await.until("the sink has the later events", () -> sink.count() == 4);
        assertThat(sink.sequences()).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void tellsItsMetricsOfEachBatchItFoundAndOfEachFailedPoll() throws Exception {
        RecordingMetrics metrics = new RecordingMetrics();
        poller = new EventPoller(store, SCOPE, INTERVAL, Duration.ZERO, metrics);
        log.append(1, 2);
        RecordingSink sink = new RecordingSink(0);
        poller.register(sink);
        Await.until("the sink has the first events", () -> sink.count() == 2);

        log.failuresToCome.set(1);
        log.append(3, 3);

        Await.until("the sink has the later event", () -> sink.count() == 3);
        assertThat(metrics.polled).containsExactly(1L, 2L, 3L);
        assertThat(metrics.pollFailures).hasValue(1);
    }

    @Test
    void stopsEachBatchAtTheFirstGapUntilItFills() throws Exception {
        log.append(1, 4);
        log.hidden.add(3L);
        RecordingSink sink = new RecordingSink(0);
        poller.register(sink);
        Await.until("the sink has the events before the gap", () -> sink.count() == 2);
        Thread.sleep(INTERVAL.multipliedBy(5).toMillis());
        assertThat(sink.sequences()).containsExactly(1L, 2L);

        log.hidden.clear();

        Await.until("the sink has every event", () -> sink.count() == 4);
        assertThat(sink.sequences()).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void wakePollsAtOnceInsteadOfAtTheNextTick() throws Exception {
        poller = new EventPoller(store, SCOPE, Duration.ofMinutes(1));
        RecordingSink sink = new RecordingSink(ANY_START);
        poller.register(sink);
        verify(store, timeout(5_000).atLeastOnce()).pollEvents(eq(SCOPE), anyLong(), anyInt());
        log.append(1, 1);

        poller.wake();

        Await.until("the woken poller delivered the event", () -> sink.count() == 1);
    }

    @Test
    void forgetsItsPositionWhenTheLastSinkLeaves() throws Exception {
        log.append(1, 5);
        RecordingSink first = new RecordingSink(ANY_START);
        poller.register(first);
        verify(store, timeout(5_000).atLeastOnce()).pollEvents(SCOPE, 5, PAGE);
        poller.unregister(first);
        Thread.sleep(INTERVAL.multipliedBy(5).toMillis());

        RecordingSink second = new RecordingSink(2);
        poller.register(second);

        Await.until("the new sink has the events after 2", () -> second.count() == 3);
        assertThat(second.sequences()).containsExactly(3L, 4L, 5L);
    }

    @Test
    void registeringAfterCloseIsRejected() {
        poller.close();

        assertThatThrownBy(() -> poller.register(new RecordingSink(0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void closeStopsPolling() throws Exception {
        poller.register(new RecordingSink(ANY_START));
        verify(store, timeout(5_000).atLeastOnce()).pollEvents(eq(SCOPE), anyLong(), anyInt());

        poller.close();
        clearInvocations(store);
        Thread.sleep(INTERVAL.multipliedBy(10).toMillis());

        verifyNoInteractions(store);
    }

    private static final class RecordingSink implements PollSink {
        private final long requiredStart;
        private final List<Event> received = new CopyOnWriteArrayList<>();

        RecordingSink(long requiredStart) {
            this.requiredStart = requiredStart;
        }

        @Override
        public void accept(List<Event> batch) {
            received.addAll(batch);
        }

        @Override
        public long requiredStart() {
            return requiredStart;
        }

        int count() {
            return received.size();
        }

        List<Long> sequences() {
            return received.stream().map(Event::sequence).toList();
        }
    }
}
