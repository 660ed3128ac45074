package ai.ginko.core.memory;

import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.contract.ClientThreadsContract;

class InMemoryClientThreadsContractTest extends ClientThreadsContract {

    private static final InMemoryCoordination COORDINATION = new InMemoryCoordination();

    @Override
    protected CoordinationClient newClient(ClientSettings settings) {
        return COORDINATION.client(settings);
    }
}
