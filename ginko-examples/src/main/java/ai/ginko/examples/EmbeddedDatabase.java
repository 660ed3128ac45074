package ai.ginko.examples;

import java.net.URI;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A Neo4j server running inside this JVM (neo4j-harness), for trying Ginko without installing Neo4j. Bolt only,
 * no authentication, throw-away storage.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final Neo4j neo4j;

    private EmbeddedDatabase(Neo4j neo4j) {
        this.neo4j = neo4j;
    }

    /** Starts one, without the JDK's lines about Neo4j's look-ups of legacy time-zone ids ({@link ZoneIdWarnings}). */
    public static EmbeddedDatabase start() {
        return new EmbeddedDatabase(ZoneIdWarnings.droppedDuring(
                () -> Neo4jBuilders.newInProcessBuilder().withDisabledServer().build()));
    }

    public URI boltUri() {
        return neo4j.boltURI();
    }

    @Override
    public void close() {
        neo4j.close();
    }
}
