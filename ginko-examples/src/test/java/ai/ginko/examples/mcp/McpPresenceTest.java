package ai.ginko.examples.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.CoordinationClient;
import ai.ginko.neo4j.EmbeddedNeo4j;
import ai.ginko.neo4j.Neo4jCoordination;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The server process is the agent's presence: an agent is online while its server runs, offline at once when the
 * client ends the session (closes stdin, or stops the server with SIGTERM), and offline within the offline threshold
 * when the process is killed outright. Each test has a server of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class McpPresenceTest {

    private static final Duration HEARTBEAT = Duration.ofMillis(500);
    /** Short, for the killed server; "at once" is checked against ten times as long. */
    private static final Duration OFFLINE_AFTER = Duration.ofSeconds(2);
    private static final Duration AT_ONCE_LIMIT = Duration.ofSeconds(5);
    /** How long a server may take from its answer to the handshake to registering, on a busy machine. */
    private static final Duration REGISTERED_WITHIN = Duration.ofSeconds(30);

    private final String org = "org-" + UUID.randomUUID();
    /** Judges liveness with the killed server's short threshold. */
    private CoordinationClient observer;
    /** Judges liveness with a threshold of a minute: an agent it sees offline within seconds was marked offline. */
    private CoordinationClient patientObserver;
    private final List<McpServerProcess> servers = new ArrayList<>();

    @BeforeAll
    void connectObservers() {
        observer = observer(OFFLINE_AFTER);
        patientObserver = observer(Duration.ofMinutes(1));
    }

    @AfterAll
    void stopServersAndObservers() {
        servers.forEach(server -> server.process().destroyForcibly());
        for (CoordinationClient client : new CoordinationClient[] {observer, patientObserver}) {
            if (client != null) {
                client.close();
            }
        }
    }

    @Test
    void aKilledServersAgentGoesOfflineWithinTheOfflineThreshold() throws Exception {
        McpServerProcess killed = start("Killed", "agent_111111111111", OFFLINE_AFTER);
        killed.structured("claim_task", Map.of("task_id", "TASK-4"));
        assertThat(status(observer, killed)).isEqualTo(AgentStatus.BUSY);

        killed.process().destroyForcibly();
        Duration offlineAfter = awaitOffline(observer, killed, OFFLINE_AFTER.plusSeconds(10));

        System.out.println("killed server's agent offline " + offlineAfter.toMillis() + " ms after the kill "
                + "(threshold " + OFFLINE_AFTER.toMillis() + " ms)");
        // The last heartbeat came at most one interval before the kill; the second of slack is the observer's own
        // polling and queries on a busy machine.
        assertThat(offlineAfter).isLessThanOrEqualTo(OFFLINE_AFTER.plusSeconds(1));
    }

    @Test
    void closingStdinMarksTheAgentOfflineAtOnceAndEndsTheServer() throws Exception {
        McpServerProcess endedByStdin = start("Closed", "agent_222222222222", Duration.ofMinutes(1));
        assertThat(status(patientObserver, endedByStdin)).isEqualTo(AgentStatus.IDLE);

        endedByStdin.closeStdin();
        Duration offlineAfter = awaitOffline(patientObserver, endedByStdin, AT_ONCE_LIMIT);

        System.out.println("agent offline " + offlineAfter.toMillis() + " ms after its server's stdin closed");
        assertThat(endedByStdin.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(endedByStdin.process().exitValue()).isZero();
    }

    @Test
    void sigtermMarksTheAgentOfflineAtOnce() throws Exception {
        McpServerProcess terminated = start("Stopped", "agent_333333333333", Duration.ofMinutes(1));
        assertThat(status(patientObserver, terminated)).isEqualTo(AgentStatus.IDLE);

        terminated.process().destroy();
        Duration offlineAfter = awaitOffline(patientObserver, terminated, AT_ONCE_LIMIT);

        System.out.println("agent offline " + offlineAfter.toMillis() + " ms after SIGTERM to its server");
        assertThat(terminated.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private McpServerProcess start(String name, String agentId, Duration offlineAfter) throws InterruptedException {
        McpServerProcess server = McpServerProcess.start(org, name, agentId, HEARTBEAT, offlineAfter);
        servers.add(server);
        // The server answers the handshake before it has registered the agent, which it does right after.
        long deadline = System.nanoTime() + REGISTERED_WITHIN.toNanos();
        while (patientObserver.agent(agentId).isEmpty()) {
            assertThat(System.nanoTime()).as(agentId + " not registered").isLessThan(deadline);
            Thread.sleep(20);
        }
        return server;
    }

    private CoordinationClient observer(Duration offlineAfter) {
        return Neo4jCoordination.builder().uri(EmbeddedNeo4j.boltUri().toString()).scope(org, "checkout")
                .userId("observer").heartbeatInterval(HEARTBEAT).offlineAfter(offlineAfter).build();
    }

    private static AgentStatus status(CoordinationClient client, McpServerProcess server) {
        return client.agent(server.agentId()).map(AgentInfo::status).orElseThrow();
    }

    /** Polls the agent's status until it is offline; fails after {@code limit}. Returns how long it took. */
    private static Duration awaitOffline(CoordinationClient client, McpServerProcess server, Duration limit)
            throws InterruptedException {
        long start = System.nanoTime();
        while (status(client, server) != AgentStatus.OFFLINE) {
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertThat(waited).as(server.agentId() + " still not offline").isLessThan(limit);
            Thread.sleep(50);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
