package ai.ginko.examples.bench;

import ai.ginko.neo4j.Neo4jCoordination;
import java.time.Instant;
import java.util.Map;

/** Runs the soak child, passing its report lines through to stdout as they come. */
final class SoakRun {

    private SoakRun() {
    }

    @SuppressWarnings("ClosingStandardOutputStreams") // ChildJvm copies to System.out and never closes it
    static void run(RunSpec spec, String uri) throws InterruptedException {
        try (ChildJvm soak = ChildJvm.start("soak", SoakProcess.class, spec.toArgs(),
                Map.of(Neo4jCoordination.URI_ENV, uri), System.out)) {
            Instant deadline = Instant.now().plus(SoakProcess.timeLimit(spec));
            soak.next(deadline).expect(SoakProcess.DONE);
            soak.awaitSuccess(deadline);
        }
    }
}
