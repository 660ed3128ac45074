package ai.ginko.examples.bench;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.internal.DefaultCoordinationClient;
import ai.ginko.neo4j.internal.Neo4jStore;
import java.util.Collection;

/** The transaction counters the Neo4j store keeps, read through a client the benchmark opened. */
final class StoreCounters {

    private StoreCounters() {
    }

    static Neo4jStore of(CoordinationClient client) {
        if (client instanceof DefaultCoordinationClient counted && counted.store() instanceof Neo4jStore store) {
            return store;
        }
        throw new BenchmarkFailure("cannot count the transactions of a " + client.getClass().getName());
    }

    static long readTransactions(Collection<CoordinationClient> clients) {
        return clients.stream().mapToLong(client -> of(client).readTransactions()).sum();
    }
}
