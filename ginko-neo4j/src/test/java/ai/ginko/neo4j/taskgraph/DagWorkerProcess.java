package ai.ginko.neo4j.taskgraph;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.AgentWorker;
import ai.ginko.core.CoordinationClient;
import ai.ginko.neo4j.Neo4jCoordination;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The main class of a child JVM that works a task graph: one client, a number of agents each with an
 * {@link AgentWorker}, says {@value #READY} on stdout once they run, and stops them gracefully when its standard
 * input closes (the test closes it when done, or the test JVM died). Arguments: bolt URI, organization, project,
 * worker count, agent name prefix.
 */
public final class DagWorkerProcess {

    public static final String READY = "workers ready";

    private DagWorkerProcess() {
    }

    public static void main(String[] args) throws IOException {
        try (CoordinationClient client = Neo4jCoordination.builder().uri(args[0]).scope(args[1], args[2])
                .userId("dag-child").pollInterval(TaskGraphDagTest.POLL_INTERVAL).build()) {
            List<AgentSession> agents = new ArrayList<>();
            List<AgentWorker> workers = new ArrayList<>();
            for (int i = 0; i < Integer.parseInt(args[3]); i++) {
                AgentSession agent = client.startAgent(AgentRegistration.named(args[4] + i));
                agents.add(agent);
                workers.add(AgentWorker.builder(client, agent).handler(DagWork::perform).start());
            }
            System.out.println(READY);
            System.out.flush();
            System.in.transferTo(OutputStream.nullOutputStream());
            workers.forEach(AgentWorker::close);
            agents.forEach(AgentSession::close);
        }
        System.exit(0);
    }
}
