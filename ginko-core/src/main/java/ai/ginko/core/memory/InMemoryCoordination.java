package ai.ginko.core.memory;

import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.internal.Checks;
import ai.ginko.core.internal.DefaultCoordinationClient;
import java.time.Clock;

/**
 * An in-memory stand-in for the shared graph, for testing agent code without a database. Every client made by
 * {@link #client(ClientSettings)} shares this instance's data, as agents share one Neo4j graph, and behaves as the
 * Neo4j client does: the same contract test suite runs against both.
 *
 * <p>Thread-safe. Data lives as long as this object; nothing is persisted. A {@link Clock} can be supplied so that
 * tests control time (heartbeat ages, timestamps).
 */
public final class InMemoryCoordination {

    private final InMemoryStore store;

    public InMemoryCoordination() {
        this(Clock.systemUTC());
    }

    public InMemoryCoordination(Clock clock) {
        this.store = new InMemoryStore(Checks.notNull(clock, "clock"));
    }

    /** A new client on this shared data; close it when done (it owns threads). */
    public CoordinationClient client(ClientSettings settings) {
        return new DefaultCoordinationClient(store, settings, () -> { });
    }
}
