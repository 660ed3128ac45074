package ai.ginko.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.slf4j.event.EventRecordingLogger;
import org.slf4j.event.Level;
import org.slf4j.event.SubstituteLoggingEvent;
import org.slf4j.helpers.SubstituteLogger;

class ListenerFailuresTest {

    private final Queue<SubstituteLoggingEvent> logged = new ConcurrentLinkedQueue<>();
    private final ListenerFailures failures = new ListenerFailures(
            new EventRecordingLogger(new SubstituteLogger("test", logged, false), logged), "The test listener");

    @Test
    void theFirstFailureIsAWarningWithItsStackTrace() {
        AssertionError failure = new AssertionError("listener bug on purpose");

        failures.failed(failure, "event e-1 (sequence 1)", "delivery goes on");

        assertThat(logged).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getThrowable()).isSameAs(failure);
            assertThat(event.getArgumentArray())
                    .containsExactly("The test listener", "event e-1 (sequence 1)", "delivery goes on");
        });
    }

    @Test
    void laterFailuresAreLoggedAtDebugSoThatNoListenerFloodsTheLog() {
        for (int i = 1; i <= 5; i++) {
            failures.failed(new IllegalStateException("bug " + i), "event " + i, "delivery goes on");
        }

        assertThat(logged).extracting(SubstituteLoggingEvent::getLevel)
                .containsExactly(Level.WARN, Level.DEBUG, Level.DEBUG, Level.DEBUG, Level.DEBUG);
    }

    @Test
    void aFatalErrorIsThrownAgainUnlogged() {
        OutOfMemoryError fatal = new OutOfMemoryError("on purpose");

        assertThatThrownBy(() -> failures.failed(fatal, "event e-1", "delivery goes on")).isSameAs(fatal);
        assertThat(logged).isEmpty();
    }
}
