package ai.ginko.examples.bench;

import ai.ginko.neo4j.Neo4jCoordination;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Measures the floor: the p50 of a trivial read and of a trivial write transaction on the benchmark's Neo4j,
 * through a driver of its own with the session set-up the store uses. No library code runs here, so a figure
 * divided by its floor says how much the library adds to what the database and driver take anyway.
 */
final class Floor {

    private static final int WARMUP = 200;
    private static final int ROUNDS = 500;
    /** A node of its own, outside every scope the library reads: the write floor touches nothing else. */
    private static final String WRITE = "MERGE (f:GinkoBenchFloor {organization_id: $org}) SET f.value = $value";

    private Floor() {
    }

    static FloorResult measure(String uri, String organization) {
        try (Driver driver = GraphDatabase.driver(uri, auth(System.getenv()))) {
            BookmarkManager bookmarks = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());
            Optional<String> database = Optional.ofNullable(System.getenv(Neo4jCoordination.DATABASE_ENV))
                    .filter(name -> !name.isBlank());
            Supplier<Session> session = () -> driver.session(config(bookmarks, database).build());
            Supplier<Session> readSession = () -> driver.session(
                    config(bookmarks, database).withDefaultAccessMode(AccessMode.READ).build());
            long[] counter = new long[1];
            Runnable write = () -> {
                try (Session s = session.get()) {
                    s.executeWrite(tx -> tx.run(WRITE, Map.of("org", organization, "value", ++counter[0])).consume());
                }
            };
            Runnable read = () -> {
                try (Session s = session.get()) {
                    s.executeRead(tx -> tx.run("RETURN 1").consume());
                }
            };
            Runnable readAutoCommit = () -> {
                try (Session s = readSession.get()) {
                    s.run("RETURN 1").consume();
                }
            };
            return new FloorResult(p50Ms(read), p50Ms(readAutoCommit), p50Ms(write));
        }
    }

    /**
     * The write floor alone, as the cross-process writer measures it in its own JVM, under the conditions of its
     * calls: the same write through a driver of that process (a commit made from where the calls are made), one at a
     * time at the writer's rate, each on a virtual thread of its own as {@link PacedWriter} makes each call. A write
     * is due {@code 1 / rate} after the previous one was due; one that comes late starts at once and the next is due
     * a period after it, so that the writes never queue behind each other (the write of one node cannot be batched
     * as appends are). A write after an idle gap costs more than one right after another: measured back to back, as
     * before, the floor was 2.4 ms and the same write 4.1 ms at 20 a second (in the JVM of the embedded Neo4j,
     * where the library's {@code log()} took 1.3 times the second), so the writer's paced calls were read against a
     * floor that no paced call can reach.
     */
    static double writeMs(String uri, String organization, double ratePerSecond) {
        try (Driver driver = GraphDatabase.driver(uri, auth(System.getenv()))) {
            BookmarkManager bookmarks = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());
            Optional<String> database = Optional.ofNullable(System.getenv(Neo4jCoordination.DATABASE_ENV))
                    .filter(name -> !name.isBlank());
            long[] counter = new long[1];
            Runnable write = () -> {
                try (Session s = driver.session(config(bookmarks, database).build())) {
                    s.executeWrite(tx -> tx.run(WRITE, Map.of("org", organization, "value", ++counter[0])).consume());
                }
            };
            for (int i = 0; i < WARMUP; i++) {
                write.run();
            }
            return pacedP50Ms(write, (long) (1e9 / ratePerSecond));
        }
    }

    private static double pacedP50Ms(Runnable write, long periodNanos) {
        Samples samples = new Samples(ROUNDS);
        long due = System.nanoTime();
        try {
            for (int i = 0; i < ROUNDS; i++) {
                due = Math.max(due + periodNanos, System.nanoTime());
                PacedWriter.sleepUntil(due);
                Thread.ofVirtual().start(() -> {
                    long start = System.nanoTime();
                    write.run();
                    samples.accept(System.nanoTime() - start);
                }).join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkFailure("interrupted while measuring the write floor", e);
        }
        return samples.summary().p50Ms();
    }

    private static SessionConfig.Builder config(BookmarkManager bookmarks, Optional<String> database) {
        SessionConfig.Builder config = SessionConfig.builder().withBookmarkManager(bookmarks);
        database.ifPresent(config::withDatabase);
        return config;
    }

    private static double p50Ms(Runnable roundTrip) {
        for (int i = 0; i < WARMUP; i++) {
            roundTrip.run();
        }
        Samples samples = new Samples(ROUNDS);
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            roundTrip.run();
            samples.accept(System.nanoTime() - start);
        }
        return samples.summary().p50Ms();
    }

    /** The credentials the clients use: {@code GINKO_NEO4J_USER}/{@code GINKO_NEO4J_PASSWORD}, else none. */
    static AuthToken auth(Map<String, String> environment) {
        return Optional.ofNullable(environment.get(Neo4jCoordination.USER_ENV)).filter(user -> !user.isBlank())
                .map(user -> AuthTokens.basic(user, environment.getOrDefault(Neo4jCoordination.PASSWORD_ENV, "")))
                .orElse(AuthTokens.none());
    }
}
