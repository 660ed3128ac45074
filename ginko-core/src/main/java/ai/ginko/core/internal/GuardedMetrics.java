package ai.ginko.core.internal;

import ai.ginko.core.ClientMetrics;
import ai.ginko.core.Event;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's {@link ClientMetrics}, with what they throw contained: they are called in the middle of a poll, a
 * delivery or a claim, and a failing meter must not fail (or, worse, retry) the work it measures. The failure is
 * logged once at WARN, later ones at DEBUG; only a fatal error goes on.
 */
final class GuardedMetrics implements ClientMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedMetrics.class);

    private final ClientMetrics metrics;
    private final ListenerFailures failures;

    private GuardedMetrics(ClientMetrics metrics) {
        this.metrics = metrics;
        this.failures = new ListenerFailures(LOG, "The client's metrics (" + metrics.getClass().getName() + ")");
    }

    /** {@code metrics} guarded; {@link ClientMetrics#NONE} as it is, since it cannot throw. */
    static ClientMetrics of(ClientMetrics metrics) {
        boolean safe = ClientMetrics.NONE.equals(metrics) || metrics instanceof GuardedMetrics;
        return safe ? metrics : new GuardedMetrics(metrics);
    }

    @Override
    public void polled(List<Event> batch) {
        guard(() -> metrics.polled(batch), "polled");
    }

    @Override
    public void pollFailed(Throwable failure) {
        guard(() -> metrics.pollFailed(failure), "pollFailed");
    }

    @Override
    public void delivered(Event event) {
        guard(() -> metrics.delivered(event), "delivered");
    }

    @Override
    public void subscriberOverflowed() {
        guard(metrics::subscriberOverflowed, "subscriberOverflowed");
    }

    @Override
    public void claimWon(String taskId) {
        guard(() -> metrics.claimWon(taskId), "claimWon");
    }

    @Override
    public void claimLost(String taskId) {
        guard(() -> metrics.claimLost(taskId), "claimLost");
    }

    private void guard(Runnable call, String method) {
        try {
            call.run();
        } catch (Throwable e) {
            failures.failed(e, method, "the client goes on");
        }
    }
}
