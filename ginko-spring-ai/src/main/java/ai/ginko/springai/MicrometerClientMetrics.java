package ai.ginko.springai;

import ai.ginko.core.ClientMetrics;
import ai.ginko.core.Event;
import ai.ginko.core.Scope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The client's {@link ClientMetrics} as Micrometer meters, tagged with the organization and the project:
 *
 * <ul>
 *   <li>{@code ginko.poll.lag} (timer): for each poll that found events, how long the oldest of them had been
 *       committed when the poll read it;</li>
 *   <li>{@code ginko.delivery.latency} (timer): for each event handed to a subscriber, how long since it was
 *       committed;</li>
 *   <li>{@code ginko.poll.failures} (counter): polls that failed (the poller retries them);</li>
 *   <li>{@code ginko.subscriber.overflows} (counter): times a subscriber fell behind and read from the store;</li>
 *   <li>{@code ginko.claims} (counter, tag {@code outcome} = {@code won} or {@code lost}): claims of this client's
 *       agents.</li>
 * </ul>
 *
 * <p>The ages compare an event's timestamp, by the database's clock, with this process's clock: they include the
 * skew between the two, and an age that would come out negative counts as zero. This is the one place that reads the
 * local clock about events, and it only measures: status and order never depend on it.
 */
public final class MicrometerClientMetrics implements ClientMetrics {

    private final Clock clock;
    private final Timer pollLag;
    private final Timer deliveryLatency;
    private final Counter pollFailures;
    private final Counter overflows;
    private final Counter claimsWon;
    private final Counter claimsLost;

    /** Registers the meters of {@code scope} in {@code registry}, with the system clock. */
    public MicrometerClientMetrics(MeterRegistry registry, Scope scope) {
        this(registry, scope, Clock.systemUTC());
    }

    MicrometerClientMetrics(MeterRegistry registry, Scope scope, Clock clock) {
        this.clock = clock;
        Tags tags = Tags.of("organization", scope.organizationId(), "project", scope.projectId());
        this.pollLag = Timer.builder("ginko.poll.lag").tags(tags)
                .description("How long the oldest new event of a poll had been committed when the poll read it")
                .register(registry);
        this.deliveryLatency = Timer.builder("ginko.delivery.latency").tags(tags)
                .description("How long since an event was committed when a subscriber got it").register(registry);
        this.pollFailures = Counter.builder("ginko.poll.failures").tags(tags)
                .description("Polls that failed; the poller retries them").register(registry);
        this.overflows = Counter.builder("ginko.subscriber.overflows").tags(tags)
                .description("Times a subscriber's buffer was full and it read the events it missed from the store")
                .register(registry);
        this.claimsWon = claims(registry, tags, "won");
        this.claimsLost = claims(registry, tags, "lost");
    }

    private static Counter claims(MeterRegistry registry, Tags tags, String outcome) {
        return Counter.builder("ginko.claims").tags(tags).tag("outcome", outcome)
                .description("Claims of this client's agents, won or lost").register(registry);
    }

    @Override
    public void polled(List<Event> batch) {
        pollLag.record(ageOf(batch.getFirst()));
    }

    @Override
    public void pollFailed(Throwable failure) {
        pollFailures.increment();
    }

    @Override
    public void delivered(Event event) {
        deliveryLatency.record(ageOf(event));
    }

    @Override
    public void subscriberOverflowed() {
        overflows.increment();
    }

    @Override
    public void claimWon(String taskId) {
        claimsWon.increment();
    }

    @Override
    public void claimLost(String taskId) {
        claimsLost.increment();
    }

    private Duration ageOf(Event event) {
        Duration age = Duration.between(event.timestamp(), Instant.now(clock));
        return age.isNegative() ? Duration.ZERO : age;
    }
}
