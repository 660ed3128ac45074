package ai.ginko.core.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stopping the library's own threads. */
final class Threads {

    private static final Logger LOG = LoggerFactory.getLogger(Threads.class);
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(5);

    private Threads() {
    }

    /**
     * Sleeps for the duration; {@code false} when interrupted instead, which is how the library's threads are told
     * to stop (the caller ends its loop).
     */
    static boolean sleep(Duration duration) {
        try {
            TimeUnit.NANOSECONDS.sleep(duration.toNanos());
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** Interrupts the thread (unless it is the caller) and waits for it to end. */
    static void stop(@Nullable Thread thread) {
        if (thread == null || thread == Thread.currentThread()) {
            return;
        }
        thread.interrupt();
        join(thread);
    }

    /** Waits for the thread to end (unless it is the caller), without interrupting it. */
    static void join(@Nullable Thread thread) {
        if (thread == null || thread == Thread.currentThread()) {
            return;
        }
        try {
            if (!thread.join(JOIN_TIMEOUT)) {
                LOG.warn("Thread {} did not stop within {}", thread.getName(), JOIN_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
