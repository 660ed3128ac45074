package ai.ginko.core.internal;

import static ai.ginko.core.TestEvents.SCOPE;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import ai.ginko.core.CoordinationUnavailableException;
import ai.ginko.core.spi.CoordinationStore;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class HeartbeaterTest {

    private static final Duration INTERVAL = Duration.ofMillis(20);
    private static final Duration OFFLINE_AFTER = Duration.ofMillis(60);

    private final CoordinationStore store = mock(CoordinationStore.class);
    private final Heartbeater heartbeater = new Heartbeater(store, SCOPE, "agent_a", INTERVAL, OFFLINE_AFTER);

    @AfterEach
    void stop() {
        heartbeater.stop();
    }

    @Test
    void beatsEveryInterval() {
        heartbeater.start();

        verify(store, timeout(5_000).atLeast(3)).heartbeat(SCOPE, "agent_a", OFFLINE_AFTER);
    }

    @Test
    void keepsBeatingAfterFailures() {
        when(store.heartbeat(SCOPE, "agent_a", OFFLINE_AFTER))
                .thenThrow(new CoordinationUnavailableException("store down on purpose", null))
                .thenThrow(new CoordinationUnavailableException("store down on purpose", null))
                .thenReturn(null);

        heartbeater.start();

        verify(store, timeout(5_000).atLeast(4)).heartbeat(SCOPE, "agent_a", OFFLINE_AFTER);
    }

    @Test
    void keepsBeatingAfterTheStoreThrowsAnError() {
        when(store.heartbeat(SCOPE, "agent_a", OFFLINE_AFTER))
                .thenThrow(new NoClassDefFoundError("on/purpose/Missing"))
                .thenReturn(null);

        heartbeater.start();

        verify(store, timeout(5_000).atLeast(3)).heartbeat(SCOPE, "agent_a", OFFLINE_AFTER);
    }

    @Test
    void stopEndsTheBeats() throws Exception {
        heartbeater.start();
        verify(store, timeout(5_000).atLeastOnce()).heartbeat(SCOPE, "agent_a", OFFLINE_AFTER);

        heartbeater.stop();
        clearInvocations(store);
        Thread.sleep(INTERVAL.multipliedBy(5).toMillis());

        verifyNoInteractions(store);
    }
}
