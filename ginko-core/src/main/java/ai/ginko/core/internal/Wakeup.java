package ai.ginko.core.internal;

import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Ends one waiting {@code claimNext} early, from another thread, without interrupting the waiting thread (an
 * interrupt during a store call could leave a claim committed that its caller never learns of). The waiting claim
 * returns empty at its next wait, never in the middle of a store call.
 */
public final class Wakeup {

    /** A wake-up that never fires, for callers that wait only for work or the timeout. */
    static final Wakeup NEVER = new Wakeup();

    private final ReentrantLock lock = new ReentrantLock();
    private ReadyWork.@Nullable Waiter waiter;
    private boolean fired;

    /** Makes the waiting claim return empty (at once if it waits, else at its next wait). Idempotent. */
    public void fire() {
        lock.lock();
        try {
            fired = true;
            if (waiter != null) {
                waiter.cancel();
            }
        } finally {
            lock.unlock();
        }
    }

    void attach(ReadyWork.Waiter waiting) {
        if (this == NEVER) {
            return;
        }
        lock.lock();
        try {
            waiter = waiting;
            if (fired) {
                waiting.cancel();
            }
        } finally {
            lock.unlock();
        }
    }
}
