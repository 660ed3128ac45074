package ai.ginko.core;

/**
 * Receives the events of a {@link Subscription}, one at a time, in sequence order, each exactly once.
 *
 * <p>Called on the subscription's own virtual thread, never concurrently with itself. It may block: a slow
 * listener delays only its own subscription. Whatever it throws, {@link Error}s included, is logged (the first
 * failure at WARN, later ones at DEBUG) and the subscription goes on with the next event; only a
 * {@link VirtualMachineError} other than {@link StackOverflowError}, such as {@link OutOfMemoryError}, ends the
 * subscription's thread.
 */
@FunctionalInterface
public interface EventListener {
    void onEvent(Event event);
}
