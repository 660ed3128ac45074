package ai.ginko.examples.bench;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryCheckTest {

    private static Delivery event(long index, long sequence) {
        return new Delivery(index, sequence, 1_000_000);
    }

    @Test
    void acceptsEveryEventOnceInSequenceOrder() {
        assertThatCode(() -> DeliveryCheck.verify(List.of(event(0, 41), event(1, 42), event(2, 43)), 3))
                .doesNotThrowAnyException();
    }

    @Test
    void acceptsEventsThatConcurrentCallsNumberedOutOfTheirIndexOrder() {
        assertThatCode(() -> DeliveryCheck.verify(List.of(event(1, 1), event(0, 2), event(2, 3)), 3))
                .doesNotThrowAnyException();
    }

    @Test
    void failsOnALostEvent() {
        assertThatThrownBy(() -> DeliveryCheck.verify(List.of(event(0, 1), event(2, 2)), 3))
                .isInstanceOf(BenchmarkFailure.class)
                .hasMessageContaining("received 2 events, expected exactly 3; event 1 never came");
    }

    @Test
    void failsOnARepeatedEvent() {
        assertThatThrownBy(() -> DeliveryCheck.verify(List.of(event(0, 1), event(1, 2), event(1, 3)), 3))
                .isInstanceOf(BenchmarkFailure.class).hasMessageContaining("delivery #2 repeated event 1");
    }

    @Test
    void failsOnEventsOutOfSequenceOrder() {
        assertThatThrownBy(() -> DeliveryCheck.verify(List.of(event(0, 2), event(1, 1)), 2))
                .isInstanceOf(BenchmarkFailure.class).hasMessageContaining("sequence 1 after 2");
    }

    @Test
    void failsOnASequenceGap() {
        assertThatThrownBy(() -> DeliveryCheck.verify(List.of(event(0, 1), event(1, 3)), 2))
                .isInstanceOf(BenchmarkFailure.class).hasMessageContaining("sequence 3 after 1");
    }

    @Test
    void failsOnAnEventNeverLogged() {
        assertThatThrownBy(() -> DeliveryCheck.verify(List.of(event(7, 1)), 1))
                .isInstanceOf(BenchmarkFailure.class).hasMessageContaining("event 7, which was never logged");
    }
}
