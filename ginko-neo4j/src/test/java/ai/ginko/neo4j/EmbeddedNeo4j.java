package ai.ginko.neo4j;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.Blocker;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.Severity;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One Neo4j per Maven build (see {@link BuildNeo4j}; it takes seconds to start), else one in-process Neo4j per test
 * JVM, reached over Bolt by the real driver. Tests stay independent by giving each its own organization, never by
 * wiping the database.
 */
public final class EmbeddedNeo4j {

    private static final boolean SHARED_DRIVER = "shared".equals(System.getProperty("ginko.test.drivers", "own"));

    private static @Nullable URI uri;

    private EmbeddedNeo4j() {
    }

    /** The server of the build (see {@link BuildNeo4j}) or, outside a Maven build, one of this JVM's own. */
    public static synchronized URI boltUri() {
        URI known = uri;
        if (known == null) {
            known = BuildNeo4j.uri().orElseGet(EmbeddedNeo4j::startInThisJvm);
            uri = known;
        }
        return known;
    }

    private static URI startInThisJvm() {
        Neo4j server = startWarm();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-neo4j-shutdown"));
        return server.boltURI();
    }

    /** A new in-process server (see {@link #inProcessBuilder()}), warmed up (see {@link #warmUp}). */
    static Neo4j startWarm() {
        Neo4j server = inProcessBuilder().build();
        warmUp(server.boltURI());
        return server;
    }

    /**
     * Plans the library's statements once, in a scope of its own, before any test runs. A cold Neo4j takes seconds
     * to plan its first statements (the planner's code is not compiled yet, more so on a busy machine); the tests'
     * time bounds are about a running system, as an agent meets it, not about the server's first minute.
     */
    private static void warmUp(URI uri) {
        try (CoordinationClient client = Neo4jCoordination.builder().uri(uri.toString())
                .scope("ginko-test-warm-up", "warm-up").userId("warm-up").build();
                AgentSession agent = client.startAgent(AgentRegistration.named("Warm-up"))) {
            client.logger().log(EventCategory.FEATURE, "warm-up by a user");
            Event blocker = agent.logger().logBlocker("warm-up", Blocker.of("warm-up", Severity.LOW, List.of()));
            agent.logger().resolveBlocker(blocker.id(), "warmed up");
            agent.claim("WARM-UP-1");
            agent.complete("WARM-UP-1");
            agent.claim("WARM-UP-2");
            agent.release("WARM-UP-2");
            client.eventsSince(0, CoordinationClient.MAX_LIMIT);
            client.agents();
            client.claims();
            client.activeBlockers();
        }
    }

    /**
     * A builder of an in-process Neo4j for the tests, in a temporary directory: see {@link #quickShutdown}.
     */
    public static Neo4jBuilder inProcessBuilder() {
        return quickShutdown(Neo4jBuilders.newInProcessBuilder());
    }

    /** A builder of an in-process Neo4j for the tests, in {@code home}: see {@link #quickShutdown}. */
    public static Neo4jBuilder inProcessBuilder(Path home) {
        return quickShutdown(Neo4jBuilders.newInProcessBuilder(home));
    }

    /**
     * No HTTP server, and a close that does not wait out Netty's graceful quiet period: by default Bolt's event
     * loops wait for 5 s without a new task before they end, which is what most of a close took (measured on this
     * project's 2-core machine: 11.7 s with it, 1.5 s without, the same start). Every JVM with a server pays that
     * once more as it exits (the shutdown hook closes the server), and so does a test that closes one. Nothing is
     * lost: a close comes after the tests' clients closed their connections, or, in a restart test, is meant to cut
     * them; the database itself shuts down as before, with its checkpoint.
     */
    private static Neo4jBuilder quickShutdown(Neo4jBuilder builder) {
        return builder.withDisabledServer()
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1));
    }

    /** A driver of the test's own; the caller closes it. */
    public static Driver newDriver() {
        return GraphDatabase.driver(boltUri(), AuthTokens.none());
    }

    /** A client builder pointed at the embedded server; each client it builds opens and closes a driver of its own. */
    public static Neo4jCoordination.Builder clientBuilder() {
        return Neo4jCoordination.builder().uri(boltUri().toString());
    }

    /**
     * A client builder for the contract suite. By default each client has a driver of its own, as each agent process
     * has. With {@code -Dginko.test.drivers=shared} (set by ginko-neo4j-driver6, the driver line Spring Boot 4
     * manages) the clients share one driver of the JVM, as an application's clients share its {@code Driver} bean:
     * the {@link Neo4jCoordination.Builder#driver given-driver} path, whose client never closes the driver. So the
     * suite covers both ways a client gets its driver, one per build, and the second run saves what a driver of each
     * client's own costs: measured on the 2-core machine, 60 ms of CPU and 235 ms of wall time per client against
     * 23 and 20 ms with a shared one (open, one log, close), for the suite's thousand-odd clients.
     */
    public static Neo4jCoordination.Builder contractClientBuilder() {
        return SHARED_DRIVER ? Neo4jCoordination.builder().driver(SharedDriver.INSTANCE) : clientBuilder();
    }

    /** The JVM's shared driver, made on first use; it lives as long as the test JVM. */
    private static final class SharedDriver {
        private static final Driver INSTANCE = newDriver();
    }
}
