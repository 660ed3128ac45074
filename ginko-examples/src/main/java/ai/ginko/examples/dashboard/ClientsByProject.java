package ai.ginko.examples.dashboard;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Scope;
import ai.ginko.neo4j.Neo4jCoordination;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link CoordinationClient} per (organization, project), created on first use: a client owns the poller
 * that all long-polls and event streams of its scope share, so making one per request would multiply the queries.
 * All clients share the server's driver, which they never close.
 *
 * <p>Any project of the token's organization is served, whether or not anything was logged in it yet (it then
 * has no events, agents or blockers), as the original API does. The state stays bounded all the same:
 * <ul>
 *   <li>A request uses a client through a {@link Lease}, held for as long as the request runs: a whole long-poll,
 *       or an event stream until its client goes away.
 *   <li>A client that no lease has held for {@code idleAfter} is closed and forgotten by a sweeper thread; the
 *       next request for its project makes a new one. A client with a lease open is never closed (except when the
 *       server stops), because leases are counted and clients are removed under one lock: a lease either finds the
 *       client before its removal, and then the client is not idle, or finds none and makes another.
 *   <li>At most {@code maxClients} clients exist at once: a new project then takes the place of the client idle
 *       the longest, or is answered 503 when every client is in use.
 * </ul>
 *
 * <p>Thread-safe. {@link #lease} blocks while it creates a client (a few round trips).
 */
final class ClientsByProject implements AutoCloseable {

    /** The user id the dashboard's clients would log as; the dashboard only reads. */
    static final String USER_ID = "ginko-dashboard";

    private static final Logger LOG = LoggerFactory.getLogger(ClientsByProject.class);
    private static final Duration MAX_SWEEP_INTERVAL = Duration.ofSeconds(30);

    private final Driver driver;
    private final Optional<String> database;
    private final Duration pollInterval;
    private final Duration idleAfter;
    private final int maxClients;
    private final Map<Scope, Entry> entries = new HashMap<>();
    private final Thread sweeper;
    private boolean closed;

    ClientsByProject(Driver driver, Optional<String> database, Duration pollInterval, Duration idleAfter,
            int maxClients) {
        this.driver = driver;
        this.database = database;
        this.pollInterval = pollInterval;
        this.idleAfter = idleAfter;
        this.maxClients = maxClients;
        this.sweeper = Thread.ofVirtual().name("ginko-dashboard-client-sweeper").start(this::sweepUntilClosed);
    }

    /**
     * The client of this scope, in use until the lease is closed.
     *
     * @throws ApiException (503) when the server is shutting down, or when {@code maxClients} projects are in use
     * @throws ai.ginko.core.CoordinationUnavailableException when a new client cannot reach the database
     */
    Lease lease(Scope scope) {
        List<Entry> evicted = new ArrayList<>();
        try {
            synchronized (this) {
                if (closed) {
                    throw ApiException.unavailable("the dashboard server is shutting down");
                }
                Entry entry = entries.get(scope);
                if (entry == null) {
                    makeRoom(evicted);
                    CoordinationClient client = build(scope);
                    entry = new Entry(scope, client, tail(client));
                    entries.put(scope, entry);
                }
                entry.users++;
                return new Lease(entry);
            }
        } finally {
            evicted.forEach(ClientsByProject::closeQuietly);
        }
    }

    /** How many clients exist now. */
    synchronized int size() {
        return entries.size();
    }

    /** With the lock held: frees a place for one more client by evicting the longest idle one, if need be. */
    private void makeRoom(List<Entry> evicted) {
        if (entries.size() < maxClients) {
            return;
        }
        Map.Entry<Scope, Entry> longestIdle = entries.entrySet().stream()
                .filter(e -> e.getValue().users == 0)
                .min(Comparator.comparingLong(e -> e.getValue().idleSince))
                .orElseThrow(() -> ApiException.unavailable("the dashboard serves at most " + maxClients
                        + " projects at once and all of them are in use; try again later"));
        entries.remove(longestIdle.getKey());
        evicted.add(longestIdle.getValue());
    }

    private CoordinationClient build(Scope scope) {
        Neo4jCoordination.Builder builder = Neo4jCoordination.builder().driver(driver).scope(scope)
                .userId(USER_ID).pollInterval(pollInterval);
        database.ifPresent(builder::database);
        return builder.build();
    }

    /** The project's tail of recent events; a client that cannot make one is closed again. */
    private static EventTail tail(CoordinationClient client) {
        try {
            return new EventTail(client);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    private synchronized void release(Entry entry) {
        entry.users--;
        if (entry.users == 0) {
            entry.idleSince = System.nanoTime();
        }
    }

    private void sweepUntilClosed() {
        long interval = Math.max(1, Math.min(idleAfter.toNanos() / 4, MAX_SWEEP_INTERVAL.toNanos()));
        try {
            while (!Thread.currentThread().isInterrupted()) {
                TimeUnit.NANOSECONDS.sleep(interval);
                sweep().forEach(ClientsByProject::closeQuietly);
            }
        } catch (InterruptedException e) {
            // close() interrupts the sweeper.
        }
    }

    /** Removes the clients idle for {@code idleAfter} and returns them, to be closed outside the lock. */
    private synchronized List<Entry> sweep() {
        long now = System.nanoTime();
        List<Entry> idle = new ArrayList<>();
        entries.values().removeIf(entry -> {
            boolean expired = entry.users == 0 && now - entry.idleSince >= idleAfter.toNanos();
            if (expired) {
                idle.add(entry);
            }
            return expired;
        });
        return idle;
    }

    private static void closeQuietly(Entry entry) {
        try {
            entry.tail.close();
            entry.client.close();
        } catch (RuntimeException e) {
            LOG.warn("Closing the idle client of {} failed", entry.scope, e);
        }
    }

    @Override
    public void close() {
        List<Entry> open;
        synchronized (this) {
            closed = true;
            open = List.copyOf(entries.values());
            entries.clear();
        }
        sweeper.interrupt();
        open.forEach(entry -> {
            entry.tail.close();
            entry.client.close();
        });
    }

    /** A client and how many requests use it. Guarded by the enclosing instance's lock. */
    private static final class Entry {
        final Scope scope;
        final CoordinationClient client;
        final EventTail tail;
        int users;
        long idleSince = System.nanoTime();

        Entry(Scope scope, CoordinationClient client, EventTail tail) {
            this.scope = scope;
            this.client = client;
            this.tail = tail;
        }
    }

    /** One request's use of a project's client; closing it ends the use (a second close does nothing). */
    final class Lease implements AutoCloseable {
        private final Entry entry;
        private boolean released;

        private Lease(Entry entry) {
            this.entry = entry;
        }

        CoordinationClient client() {
            return entry.client;
        }

        /** The project's recent events, shared by every request of the project (see {@link EventTail}). */
        EventTail tail() {
            return entry.tail;
        }

        @Override
        public void close() {
            synchronized (ClientsByProject.this) {
                if (!released) {
                    released = true;
                    release(entry);
                }
            }
        }
    }
}
