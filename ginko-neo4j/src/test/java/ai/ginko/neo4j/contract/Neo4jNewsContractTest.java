package ai.ginko.neo4j.contract;

import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.contract.NewsContract;
import ai.ginko.neo4j.EmbeddedNeo4j;

/**
 * The News contract on a real Neo4j, over Bolt, each client with a driver of its own, or all with one where the build
 * asks for it (see {@link EmbeddedNeo4j#contractClientBuilder()}).
 */
class Neo4jNewsContractTest extends NewsContract {

    @Override
    protected CoordinationClient newClient(ClientSettings settings) {
        return EmbeddedNeo4j.contractClientBuilder().settings(settings).build();
    }
}
