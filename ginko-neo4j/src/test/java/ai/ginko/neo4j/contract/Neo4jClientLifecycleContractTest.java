package ai.ginko.neo4j.contract;

import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.contract.ClientLifecycleContract;
import ai.ginko.neo4j.EmbeddedNeo4j;

/**
 * The ClientLifecycle contract on a real Neo4j, over Bolt, each client with its own driver (in every build: the
 * contract is about what a client holds and what its close releases, the driver it opened among them).
 */
class Neo4jClientLifecycleContractTest extends ClientLifecycleContract {

    @Override
    protected CoordinationClient newClient(ClientSettings settings) {
        return EmbeddedNeo4j.clientBuilder().settings(settings).build();
    }
}
