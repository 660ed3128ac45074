package ai.ginko.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class FailureLogTest {

    private static final RuntimeException FAILURE = new IllegalStateException("store down");

    private final FailureLog failures =
            new FailureLog(LoggerFactory.getLogger(FailureLogTest.class), "Testing", Duration.ofMillis(10));

    @Test
    void backoffDoublesWithEachFailure() {
        assertThat(failures.failed(FAILURE)).isEqualTo(Duration.ofMillis(20));
        assertThat(failures.failed(FAILURE)).isEqualTo(Duration.ofMillis(40));
        assertThat(failures.failed(FAILURE)).isEqualTo(Duration.ofMillis(80));
    }

    @Test
    void backoffIsCappedAtFiveSeconds() {
        Duration last = Duration.ZERO;
        for (int i = 0; i < 50; i++) {
            last = failures.failed(FAILURE);
        }

        assertThat(last).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aFailureOfAThreadBeingStoppedIsNotCountedAsAnOutage() {
        Thread.currentThread().interrupt();
        Duration whileStopping;
        try {
            whileStopping = failures.failed(FAILURE);
        } finally {
            Thread.interrupted();
        }

        assertThat(whileStopping).isEqualTo(Duration.ofMillis(20));
        assertThat(failures.failed(FAILURE)).as("the first failure of an outage").isEqualTo(Duration.ofMillis(20));
    }

    @Test
    void aSuccessStartsTheBackoffAfresh() {
        failures.failed(FAILURE);
        failures.failed(FAILURE);

        failures.succeeded();

        assertThat(failures.failed(FAILURE)).isEqualTo(Duration.ofMillis(20));
    }
}
