package ai.ginko.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.ClaimOutcome;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class Neo4jSmokeTest {

    @Test
    void agentLogsAndClaimsAndAnotherClientSeesIt() throws Exception {
        String org = "org-" + UUID.randomUUID();
        try (CoordinationClient a = EmbeddedNeo4j.clientBuilder().scope(org, "p").userId("alice").build();
                CoordinationClient b = EmbeddedNeo4j.clientBuilder().scope(org, "p").userId("bob").build();
                AgentSession agent = a.startAgent(AgentRegistration.named("Claude-Implementer"))) {
            agent.logger().log(EventCategory.FEATURE, "hello");
            assertThat(agent.claim("TASK-1").outcome()).isEqualTo(ClaimOutcome.CLAIMED);
            assertThat(b.poll(0, java.time.Duration.ofSeconds(5))).extracting(e -> e.description())
                    .containsExactly("hello", "claimed TASK-1");
            assertThat(b.agents()).singleElement().satisfies(i -> assertThat(i.currentTask()).contains("TASK-1"));
            assertThat(b.cursorOf(agent.agentId())).hasValueSatisfying(
                    c -> assertThat(c.currentTask()).contains("TASK-1"));
        }
    }
}
