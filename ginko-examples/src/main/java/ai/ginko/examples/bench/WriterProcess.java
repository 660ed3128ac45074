package ai.ginko.examples.bench;

import ai.ginko.core.CoordinationClient;
import ai.ginko.neo4j.Neo4jCoordination;
import ai.ginko.neo4j.internal.Neo4jStore;
import java.io.IOException;

/**
 * The writing agent of the cross-process measure, in its own JVM: warms up and says {@code warm}; once the parent
 * says go (a line on stdin) logs the events at the steady rate, each stamped with its send time, and reports a
 * {@link WriterReport}.
 */
public final class WriterProcess {

    static final String WARM = "warm";

    private WriterProcess() {
    }

    public static void main(String[] args) {
        RunSpec spec = RunSpec.parse(args);
        ChildGuard.run("writer", spec.timeLimit(), () -> {
            write(spec);
            return null;
        });
    }

    private static void write(RunSpec spec) throws InterruptedException, IOException {
        try (CoordinationClient client = spec.clients(System.getenv(Neo4jCoordination.URI_ENV))
                .open(spec.scope(), "bench-writer")) {
            Warmup.write(client.logger(), spec.rate());
            double writeFloorMs = Floor.writeMs(System.getenv(Neo4jCoordination.URI_ENV),
                    spec.scope().organizationId(), spec.rate());
            new ChildMessage(WARM).sendTo(System.out);
            ChildGuard.awaitParent();
            Samples logCalls = new Samples(Math.toIntExact(spec.events()));
            Neo4jStore store = StoreCounters.of(client);
            long writesBefore = store.writeTransactions();
            long nanos = new PacedWriter(client.logger(), spec.rate()).run(spec.events(), logCalls);
            new WriterReport(spec.events(), nanos, logCalls.summary(), store.writeTransactions() - writesBefore,
                    writeFloorMs).toMessage().sendTo(System.out);
        }
    }
}
