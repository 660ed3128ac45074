package ai.ginko.neo4j.contract;

import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Scope;
import ai.ginko.core.contract.ReservationContract;
import ai.ginko.neo4j.EmbeddedNeo4j;
import java.util.Map;
import org.neo4j.driver.Driver;

/**
 * The reservation contract on a real Neo4j, over Bolt, each client with a driver of its own, or all with one where the
 * build asks for it (see {@link EmbeddedNeo4j#contractClientBuilder()}).
 */
class Neo4jReservationContractTest extends ReservationContract {

    @Override
    protected CoordinationClient newClient(ClientSettings settings) {
        return EmbeddedNeo4j.contractClientBuilder().settings(settings).build();
    }

    /** Moves the scope's expiries a second into the database's past. */
    @Override
    protected void expireReservations(Scope scope) {
        try (Driver driver = EmbeddedNeo4j.newDriver()) {
            driver.executableQuery("""
                    MATCH (r:Reservation {organization_id: $org, project_id: $project})
                    SET r.expires_at = datetime() - duration('PT1S')
                    """).withParameters(Map.of("org", scope.organizationId(), "project", scope.projectId()))
                    .execute();
        }
    }
}
