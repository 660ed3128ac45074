package ai.ginko.tools;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The agent's read position in the event log: the sequence of the last event {@code wait_for_events}
 * has handed out (or passed over for its category filter).
 *
 * <p>Why consecutive calls neither miss nor repeat an event: a call runs its read while holding the lock, starts
 * right after the position, and moves the position to the last event of the gap-free run it read, only after the
 * read succeeded. Two calls made at the same time (an MCP client may send requests concurrently) therefore run one
 * after the other: the second starts where the first ended. A call that could not get the lock within its own
 * timeout returns no events and leaves the position alone. A call that fails (or is interrupted) leaves it alone
 * too, so the events it read are handed out by the next call.
 */
final class EventPosition {

    private final ReentrantLock lock = new ReentrantLock(true);
    /** Written under the lock; volatile so that a call that timed out on the lock can report it. */
    private volatile long position;

    EventPosition(long start) {
        this.position = start;
    }

    long current() {
        return position;
    }

    /**
     * Runs {@code read} from the current position, then moves the position to where the read ended.
     *
     * @param deadline when the caller stops waiting, for the lock and the read together
     */
    Batch advance(Instant deadline, Read read) throws InterruptedException {
        if (!lock.tryLock(Math.max(0, Duration.between(Instant.now(), deadline).toNanos()), TimeUnit.NANOSECONDS)) {
            return new Batch(java.util.List.of(), position);
        }
        try {
            Batch batch = read.from(position, deadline);
            position = batch.nextSince();
            return batch;
        } finally {
            lock.unlock();
        }
    }

    /** A read of the events after a sequence. */
    @FunctionalInterface
    interface Read {
        Batch from(long afterSequence, Instant deadline) throws InterruptedException;
    }
}
