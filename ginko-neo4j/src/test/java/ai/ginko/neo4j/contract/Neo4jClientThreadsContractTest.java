package ai.ginko.neo4j.contract;

import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.contract.ClientThreadsContract;
import ai.ginko.neo4j.EmbeddedNeo4j;

/**
 * The ClientThreads contract on a real Neo4j, over Bolt, with a driver of the client's own (in every build: the
 * contract counts the threads a client leaves behind, its driver's among them).
 */
class Neo4jClientThreadsContractTest extends ClientThreadsContract {

    @Override
    protected CoordinationClient newClient(ClientSettings settings) {
        return EmbeddedNeo4j.clientBuilder().settings(settings).build();
    }
}
