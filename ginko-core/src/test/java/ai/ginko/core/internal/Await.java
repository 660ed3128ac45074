package ai.ginko.core.internal;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for background threads in unit tests. */
final class Await {

    static final Duration VISIBLE = Duration.ofSeconds(5);

    private Await() {
    }

    /** Waits until the condition holds; fails naming {@code what} when it still does not after five seconds. */
    static void until(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + VISIBLE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Timed out after " + VISIBLE + " waiting until " + what);
            }
            Thread.sleep(5);
        }
    }
}
