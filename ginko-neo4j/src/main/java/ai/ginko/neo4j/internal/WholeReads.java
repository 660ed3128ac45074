package ai.ginko.neo4j.internal;

import ai.ginko.core.GinkoException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Runs a transaction again when it read a node half-way through another transaction's commit ({@link TornRead}).
 * The commit being applied finishes within microseconds, so a few attempts a millisecond apart always see it whole;
 * a node still missing the property after {@value #ATTEMPTS} attempts is not being written but damaged, and that is
 * reported as such rather than retried forever.
 */
final class WholeReads {

    static final int ATTEMPTS = 10;
    private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private WholeReads() {
    }

    static <T> T retry(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (TornRead torn) {
                if (attempt == ATTEMPTS) {
                    throw new GinkoException("The graph holds " + torn.getMessage() + " (read " + ATTEMPTS
                            + " times): it was written outside this library", torn);
                }
                LockSupport.parkNanos(PAUSE_NANOS);
            }
        }
    }
}
