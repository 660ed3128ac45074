package ai.ginko.neo4j.taskgraph;

import ai.ginko.core.ClaimedTask;
import java.util.concurrent.ThreadLocalRandom;

/** What the DAG's workers do with a task: a few milliseconds of "work", so that workers interleave. */
final class DagWork {

    private DagWork() {
    }

    static void perform(ClaimedTask task) throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextInt(1, 4));
    }
}
