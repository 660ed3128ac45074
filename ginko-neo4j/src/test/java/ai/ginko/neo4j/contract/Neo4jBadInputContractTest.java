package ai.ginko.neo4j.contract;

import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.contract.BadInputContract;
import ai.ginko.neo4j.EmbeddedNeo4j;

/**
 * The BadInput contract on a real Neo4j, over Bolt, its client with a driver of its own, or the JVM's shared one where
 * the build asks for it (see {@link EmbeddedNeo4j#contractClientBuilder()}).
 */
class Neo4jBadInputContractTest extends BadInputContract {

    @Override
    protected CoordinationClient newClient(ClientSettings settings) {
        return EmbeddedNeo4j.contractClientBuilder().settings(settings).build();
    }
}
