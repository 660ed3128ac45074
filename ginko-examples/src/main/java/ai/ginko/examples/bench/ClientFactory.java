package ai.ginko.examples.bench;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Scope;
import ai.ginko.neo4j.Neo4jCoordination;
import java.time.Duration;

/**
 * Opens the benchmark's clients: each with its own driver, as separate agents would have. Credentials come from
 * {@code GINKO_NEO4J_USER}/{@code GINKO_NEO4J_PASSWORD} when set (an external server); the embedded one needs none.
 */
record ClientFactory(String uri, Duration pollInterval, Duration burstPollInterval, boolean realtimeCursor) {

    CoordinationClient open(Scope scope, String userId) {
        return Neo4jCoordination.builder()
                .fromEnvironment(System.getenv())
                .uri(uri)
                .scope(scope)
                .userId(userId)
                .pollInterval(pollInterval)
                .burstPollInterval(burstPollInterval)
                .realtimeCursor(realtimeCursor)
                .build();
    }
}
