package ai.ginko.core;

/**
 * Receives the events of a {@link Subscription}, one at a time, in sequence order, each exactly once.
 *
 * <p>Called on the subscription's own virtual thread, never concurrently with itself. It may block: a slow
 * listener delays only its own subscription. An exception it throws is logged and the subscription goes on with
 * the next event.
 */
@FunctionalInterface
public interface EventListener {
    void onEvent(Event event);
}
