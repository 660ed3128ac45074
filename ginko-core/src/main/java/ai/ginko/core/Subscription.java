package ai.ginko.core;

/**
 * A live feed of events to one {@link EventListener}: first the stored events after the starting sequence
 * (catch-up), then new ones as they commit, in sequence order, each exactly once.
 *
 * <p>Thread-safe. {@link #close()} stops delivery promptly and is idempotent; after it returns the listener is
 * not called again (unless it was already running, which close waits for up to five seconds).
 */
public interface Subscription extends AutoCloseable {

    /** The sequence of the last event this subscription has passed (delivered or filtered out). */
    long position();

    boolean isClosed();

    @Override
    void close();
}
