package ai.ginko.neo4j.contract;

import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.contract.BadInputContract;
import ai.ginko.neo4j.EmbeddedNeo4j;
import ai.ginko.neo4j.Neo4jCoordination;
import org.junit.jupiter.api.AfterAll;
import org.neo4j.driver.Driver;

/**
 * The BadInput contract on a real Neo4j, over Bolt. Its clients share one driver: the contract is about what reaches
 * the store, which a driver of each client's own does not change, and each of its 133 cases would otherwise wait
 * out a driver's 200 ms shutdown.
 */
class Neo4jBadInputContractTest extends BadInputContract {

    private static final Driver DRIVER = EmbeddedNeo4j.newDriver();

    @AfterAll
    static void closeDriver() {
        DRIVER.close();
    }

    @Override
    protected CoordinationClient newClient(ClientSettings settings) {
        return Neo4jCoordination.builder().driver(DRIVER).settings(settings).build();
    }
}
