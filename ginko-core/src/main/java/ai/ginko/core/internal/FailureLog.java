package ai.ginko.core.internal;

import java.time.Duration;
import org.slf4j.Logger;

/**
 * Logs a failing background loop once per outage instead of once per attempt, and computes its bounded
 * exponential backoff.
 */
final class FailureLog {

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final Logger log;
    private final String what;
    private final Duration base;
    private int failures;

    FailureLog(Logger log, String what, Duration base) {
        this.log = log;
        this.what = what;
        this.base = base;
    }

    /**
     * Records a failure and returns how long to wait before the next attempt. A loop passes whatever it caught, so
     * that an {@link Error} of a store or a listener does not end it silently.
     *
     * @throws VirtualMachineError {@code e} itself, when it is {@linkplain FatalErrors fatal}
     */
    synchronized Duration failed(Throwable e) {
        FatalErrors.rethrowIfFatal(e);
        if (Thread.currentThread().isInterrupted()) {
            // The loop is being stopped (its owner closes by interrupting it), and the call in flight failed of
            // that: the driver aborts a transaction whose thread is interrupted. No outage, so no warning and no
            // count; the loop sees the interrupt at its next check.
            log.debug("{} was stopped during a call", what, e);
            return backoff(failures + 1);
        }
        if (failures == 0) {
            log.warn("{} failed; retrying with backoff until it recovers: {}", what, e.toString());
        } else {
            log.debug("{} failed again ({} in a row)", what, failures + 1, e);
        }
        failures++;
        return backoff(failures);
    }

    private Duration backoff(int failuresInARow) {
        long factor = 1L << Math.min(failuresInARow, 10);
        Duration backoff = base.multipliedBy(factor);
        return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    }

    synchronized void succeeded() {
        if (failures > 0) {
            log.info("{} recovered after {} failed attempts", what, failures);
            failures = 0;
        }
    }
}
