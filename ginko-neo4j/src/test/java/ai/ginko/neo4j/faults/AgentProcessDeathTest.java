package ai.ginko.neo4j.faults;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.ClaimOutcome;
import ai.ginko.core.ClaimResult;
import ai.ginko.core.CoordinationClient;
import ai.ginko.neo4j.EmbeddedNeo4j;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** An agent's process dies without a word (killed with destroyForcibly); the others must notice and move on. */
@Timeout(120)
class AgentProcessDeathTest {

    /**
     * Far above the child's 200 ms heartbeat interval: at 1 s a child starved of CPU on a loaded 2-core machine
     * (load average 13–20, two other builds) skipped enough beats to be seen offline before it was killed, and the
     * claim that must find it holding the task took the task over instead.
     */
    private static final Duration OFFLINE_AFTER = Duration.ofSeconds(3);
    /** How long after the threshold the observer may take to see the dead agent offline (polling, a busy machine). */
    private static final Duration NOTICED_WITHIN = OFFLINE_AFTER.plusSeconds(4);

    private final String org = "org-" + UUID.randomUUID();
    private Process child;

    @AfterEach
    void killChild() throws InterruptedException {
        if (child != null) {
            ChildAgents.kill(child);
        }
    }

    @Test
    void aKilledAgentGoesOfflineWithinTheThresholdAndItsTaskCanBeTakenOver() throws Exception {
        String agentId = "agent_child_" + UUID.randomUUID().toString().substring(0, 8);
        child = ChildAgents.start(EmbeddedNeo4j.boltUri().toString(), org, agentId, "TASK-9");
        try (CoordinationClient observer = EmbeddedNeo4j.clientBuilder().scope(org, "p").userId("observer")
                .heartbeatInterval(Duration.ofMillis(200)).offlineAfter(OFFLINE_AFTER).build();
                AgentSession successor = observer.startAgent(AgentRegistration.named("Successor"))) {
            assertThat(statusOf(observer, agentId)).isEqualTo(AgentStatus.BUSY);
            assertThat(successor.claim("TASK-9").outcome()).isEqualTo(ClaimOutcome.HELD_BY_OTHER);

            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            long killedAt = System.nanoTime();
            awaitStatus(observer, agentId, AgentStatus.OFFLINE, NOTICED_WITHIN);
            Duration noticedAfter = Duration.ofNanos(System.nanoTime() - killedAt);

            assertThat(noticedAfter).isLessThan(NOTICED_WITHIN);
            ClaimResult takeover = successor.claim("TASK-9");
            assertThat(takeover.outcome()).isEqualTo(ClaimOutcome.TAKEN_OVER);
            assertThat(takeover.previousHolder()).contains(agentId);
        }
    }

    private static AgentStatus statusOf(CoordinationClient client, String agentId) {
        return client.agent(agentId).map(AgentInfo::status).orElseThrow();
    }

    private static void awaitStatus(CoordinationClient client, String agentId, AgentStatus expected, Duration within)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (statusOf(client, agentId) != expected && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        assertThat(statusOf(client, agentId)).isEqualTo(expected);
    }
}
