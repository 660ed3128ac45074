package ai.ginko.core.internal;

import static ai.ginko.core.TestEvents.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ai.ginko.core.CoordinationUnavailableException;
import ai.ginko.core.CursorListener;
import ai.ginko.core.CursorPosition;
import ai.ginko.core.spi.CoordinationStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Timeout(30)
class CursorWatchTest {

    private final CoordinationStore store = mock(CoordinationStore.class);
    private final List<CursorPosition> seen = new CopyOnWriteArrayList<>();
    private CursorWatch watch;

    @AfterEach
    void closeWatch() {
        if (watch != null) {
            watch.close();
        }
    }

    @Test
    void deliversOnlyCursorsThatChangedAfterItStarted() throws Exception {
        CursorPosition a1 = cursor("agent_a", 1);
        CursorPosition b1 = cursor("agent_b", 1);
        CursorPosition b2 = cursor("agent_b", 2);
        when(store.cursors(SCOPE)).thenReturn(List.of(a1, b1)).thenReturn(List.of(a1, b2));

        start(seen::add);

        Await.until("the changed cursor arrives", () -> !seen.isEmpty());
        Thread.sleep(100);
        assertThat(seen).containsExactly(b2);
        assertThat(watch.position()).isEqualTo(1);
    }

    @Test
    void goesOnAfterTheStoreFails() throws Exception {
        CursorPosition a2 = cursor("agent_a", 2);
        when(store.cursors(SCOPE)).thenReturn(List.of())
                .thenThrow(new CoordinationUnavailableException("store down on purpose", null))
                .thenReturn(List.of(a2));

        start(seen::add);

        Await.until("the cursor arrives", () -> !seen.isEmpty());
        assertThat(seen).containsExactly(a2);
    }

    /** An exception, and an {@code Error} that is not a {@code VirtualMachineError}, are both contained. */
    static Stream<Arguments> listenerFailures() {
        return Stream.of(
                Arguments.of(Named.of("an exception", new IllegalStateException("listener bug on purpose"))),
                Arguments.of(Named.of("an Error", new AssertionError("listener bug on purpose"))));
    }

    @ParameterizedTest(name = "after {0}")
    @MethodSource("listenerFailures")
    void goesOnAfterTheListenerThrows(Throwable failure) throws Exception {
        CursorPosition a1 = cursor("agent_a", 1);
        CursorPosition b1 = cursor("agent_b", 1);
        when(store.cursors(SCOPE)).thenReturn(List.of()).thenReturn(List.of(a1)).thenReturn(List.of(a1, b1));

        start(position -> {
            seen.add(position);
            if (position.ownerId().equals("agent_a")) {
                if (failure instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) failure;
            }
        });

        Await.until("both cursors arrive", () -> seen.size() == 2);
        assertThat(seen).containsExactly(a1, b1);
    }

    private void start(CursorListener listener) {
        watch = new CursorWatch(store, SCOPE, Duration.ofMillis(10), listener, () -> { });
        watch.start();
    }

    private static CursorPosition cursor(String owner, long sequence) {
        return new CursorPosition(owner, Optional.empty(), sequence, "seen " + sequence, Instant.EPOCH,
                Optional.empty());
    }
}
