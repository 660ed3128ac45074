package ai.ginko.springai;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.Scope;
import ai.ginko.core.TestEvents;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MicrometerClientMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private MicrometerClientMetrics metricsAtSecond(long second) {
        return new MicrometerClientMetrics(registry, Scope.of("acme", "checkout"),
                Clock.fixed(TestEvents.TIME.plusSeconds(second), ZoneOffset.UTC));
    }

    @Test
    void aDeliveryIsTimedFromTheEventsCommit() {
        metricsAtSecond(3).delivered(TestEvents.event(1));

        assertThat(registry.get("ginko.delivery.latency").timer().totalTime(TimeUnit.SECONDS)).isEqualTo(2.0);
    }

    @Test
    void aPollsLagIsTheAgeOfItsOldestEvent() {
        metricsAtSecond(10).polled(List.of(TestEvents.event(4), TestEvents.event(5)));

        assertThat(registry.get("ginko.poll.lag").timer().count()).isEqualTo(1);
        assertThat(registry.get("ginko.poll.lag").timer().totalTime(TimeUnit.SECONDS)).isEqualTo(6.0);
    }

    @Test
    void anEventStampedAheadOfThisClockCountsAsNoDelay() {
        metricsAtSecond(0).delivered(TestEvents.event(1));

        assertThat(registry.get("ginko.delivery.latency").timer().count()).isEqualTo(1);
        assertThat(registry.get("ginko.delivery.latency").timer().totalTime(TimeUnit.NANOSECONDS)).isZero();
    }

    @Test
    void pollFailuresAndOverflowsAreCounted() {
        MicrometerClientMetrics metrics = metricsAtSecond(0);

        metrics.pollFailed(new IllegalStateException("down"));
        metrics.subscriberOverflowed();
        metrics.subscriberOverflowed();

        assertThat(registry.get("ginko.poll.failures").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("ginko.subscriber.overflows").counter().count()).isEqualTo(2.0);
    }
}
