package ai.ginko.core;

/**
 * Receives cursor positions of the agents and users of a scope as they change. Positions are latest-state: when a
 * cursor changes several times between two polls only the last one is delivered. Called on the subscription's own
 * virtual thread, never concurrently with itself; what it throws, {@link Error}s included, is logged and delivery
 * goes on (as for {@link EventListener}).
 */
@FunctionalInterface
public interface CursorListener {
    void onCursor(CursorPosition position);
}
