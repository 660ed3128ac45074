package ai.ginko.neo4j;

import java.net.URI;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One in-process Neo4j per test JVM (it takes seconds to start), reached over Bolt by the real driver. Tests stay
 * independent by giving each its own organization, never by wiping the database.
 */
public final class EmbeddedNeo4j {

    private static Neo4j server;

    private EmbeddedNeo4j() {
    }

    public static synchronized URI boltUri() {
        if (server == null) {
            server = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-neo4j-shutdown"));
        }
        return server.boltURI();
    }

    /** A driver of the test's own; the caller closes it. */
    public static Driver newDriver() {
        return GraphDatabase.driver(boltUri(), AuthTokens.none());
    }

    /** A client builder pointed at the embedded server. */
    public static Neo4jCoordination.Builder clientBuilder() {
        return Neo4jCoordination.builder().uri(boltUri().toString());
    }
}
