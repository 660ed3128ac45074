package ai.ginko.examples.bench;

import ai.ginko.examples.EmbeddedDatabase;
import ai.ginko.neo4j.Neo4jCoordination;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The Neo4j the benchmark runs against: the server in {@code GINKO_NEO4J_URI}, or an embedded one it starts. */
final class BenchDatabase implements AutoCloseable {

    private final @Nullable EmbeddedDatabase embedded;
    private final String uri;

    private BenchDatabase(@Nullable EmbeddedDatabase embedded, String uri) {
        this.embedded = embedded;
        this.uri = uri;
    }

    static BenchDatabase start(Map<String, String> environment) {
        String external = environment.get(Neo4jCoordination.URI_ENV);
        if (external != null && !external.isBlank()) {
            return new BenchDatabase(null, external.strip());
        }
        EmbeddedDatabase database = EmbeddedDatabase.start();
        return new BenchDatabase(database, database.boltUri().toString());
    }

    String uri() {
        return uri;
    }

    /** Whether the database runs in this JVM, so that this JVM's CPU time is mostly the database's. */
    boolean embedded() {
        return embedded != null;
    }

    String description() {
        return embedded != null ? "embedded (neo4j-harness, in the benchmark JVM)" : "external " + uri;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
