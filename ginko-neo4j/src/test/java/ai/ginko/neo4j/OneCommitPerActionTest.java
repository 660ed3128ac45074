package ai.ginko.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import ai.ginko.core.internal.DefaultCoordinationClient;
import ai.ginko.neo4j.internal.Neo4jStore;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An agent's action is one write transaction, its real-time cursor included: {@code log()}, a claim and a
 * completion each commit their event, the cursor that points at it and the agent's sign of life together. Counted
 * by the store, which counts every transaction function it runs, retries included.
 */
class OneCommitPerActionTest {

    private static final int EVENTS = 20;

    private CoordinationClient client;
    private Neo4jStore store;
    private AgentSession agent;

    @BeforeEach
    void agentActingWithoutHeartbeats() {
        client = EmbeddedNeo4j.clientBuilder().scope("org-" + UUID.randomUUID(), "commits").userId("counter")
                .realtimeCursor(true).build();
        store = (Neo4jStore) ((DefaultCoordinationClient) client).store();
        agent = client.attachAgent(client.registerAgent(AgentRegistration.named("counted")).id());
    }

    @Test
    void eachLogOfAnAgentWithARealtimeCursorIsOneWriteTransaction() {
        long before = store.writeTransactions();
        for (int i = 0; i < EVENTS; i++) {
            agent.logger().log(EventCategory.FEATURE, "event " + i);
        }

        assertThat(store.writeTransactions() - before).isEqualTo(EVENTS);
        assertThat(client.cursorOf(agent.agentId()).orElseThrow().lastSequence()).as("the stored cursor")
                .isEqualTo(client.latestSequence());
        client.close();
    }

    @Test
    void aClaimAndACompletionAreOneWriteTransactionEach() {
        long before = store.writeTransactions();
        agent.claim("TASK-1");
        agent.complete("TASK-1");

        assertThat(store.writeTransactions() - before).isEqualTo(2);
        assertThat(client.eventsSince(0, 10)).extracting(e -> e.metadata().get("action"))
                .isEqualTo(List.of("claimed", "completed"));
        client.close();
    }
}
