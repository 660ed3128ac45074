package ai.ginko.core.internal;

import static ai.ginko.core.TestEvents.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventFilter;
import ai.ginko.core.spi.CoordinationStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Interleavings of the shared client logic that the contract suite can only hit by chance. */
@Timeout(30)
class DefaultCoordinationClientTest {

    private final CoordinationStore store = mock(CoordinationStore.class);
    private final StoreLog log = new StoreLog(store);
    private final AtomicBoolean released = new AtomicBoolean();
    private final CoordinationClient client = new DefaultCoordinationClient(store,
            ClientSettings.builder(Map.of()).scope(SCOPE).userId("user-1").pollInterval(Duration.ofMillis(10))
                    .build(),
            () -> released.set(true));

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void aSubscriptionGetsEventsCommittedBetweenItsCatchUpAndThePollersStart() throws Exception {
        CountDownLatch committed = new CountDownLatch(1);
        when(store.latestSequence(SCOPE)).thenAnswer(invocation -> {
            committed.await();
            return (long) log.events.size();
        });
        List<Long> delivered = new CopyOnWriteArrayList<>();

        client.subscribe(0, EventFilter.all(), (Event event) -> delivered.add(event.sequence()));
        verify(store, timeout(5_000)).eventsAfter(SCOPE, 0, CoordinationClient.MAX_LIMIT);
        log.append(1, 2);
        committed.countDown();

        Await.until("both events arrived", () -> delivered.size() == 2);
        assertThat(delivered).containsExactly(1L, 2L);
    }

    @Test
    void closeReleasesWhatTheAdapterCreated() {
        client.close();

        assertThat(released).isTrue();
    }
}
