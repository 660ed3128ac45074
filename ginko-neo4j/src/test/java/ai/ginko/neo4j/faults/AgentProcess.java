package ai.ginko.neo4j.faults;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import ai.ginko.core.NewEvent;
import ai.ginko.neo4j.Neo4jCoordination;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The main class of a child JVM that plays an agent: registers, sends heartbeats, claims a task, logs an event
 * carrying its own clock's time ({@value #LOCAL_CLOCK}), says {@code ready} on stdout, then works until it is
 * killed or its parent dies. Arguments: bolt URI, organization, agent id, task id.
 */
public final class AgentProcess {

    public static final String READY = "ready";
    public static final String LOCAL_CLOCK = "local_clock";

    private AgentProcess() {
    }

    public static void main(String[] args) throws IOException {
        ShiftedClock.installIfRequested();
        CoordinationClient client = Neo4jCoordination.builder().uri(args[0]).scope(args[1], "p").userId("child")
                .heartbeatInterval(Duration.ofMillis(200)).build();
        AgentSession agent = client.startAgent(new AgentRegistration(args[2], "Child-Agent", List.of()));
        agent.claim(args[3]);
        agent.logger().log(NewEvent.builder(EventCategory.INSIGHT, "working")
                .metadata(LOCAL_CLOCK, Instant.now().toString()).build());
        System.out.println(READY);
        System.out.flush();
        // Standard input closes when the test JVM dies: never outlive it, whatever happened to it.
        System.in.transferTo(OutputStream.nullOutputStream());
        System.exit(0);
    }
}
