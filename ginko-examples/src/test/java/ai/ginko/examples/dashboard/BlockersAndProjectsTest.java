package ai.ginko.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.Blocker;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockersAndProjectsTest extends DashboardApiTest {

    @Test
    void listsActiveBlockersMostSevereFirst() {
        CoordinationClient client = server.client(organization, "checkout");
        try (AgentSession agent = client.startAgent(AgentRegistration.named("Implementer"))) {
            agent.logger().logBlocker("quota", Blocker.of("API rate limit", Severity.MEDIUM, List.of("T-1")));
            client.logger().logBlocker("outage", Blocker.of("staging down", Severity.CRITICAL, List.of("T-2", "T-3")));

            JsonNode blockers = server.getJson("/api/v1/blockers?project=checkout", token).get("blockers");

            assertThat(blockers).extracting(b -> b.get("description").asText()).containsExactly("outage", "quota");
            JsonNode outage = blockers.get(0);
            assertThat(outage.get("severity").asText()).isEqualTo("critical");
            assertThat(outage.get("blocked_by").asText()).isEqualTo("staging down");
            assertThat(outage.get("blocking_tasks")).extracting(JsonNode::asText).containsExactly("T-2", "T-3");
            assertThat(outage.get("agent_id").isNull()).isTrue();
            assertThat(blockers.get(1).get("agent_id").asText()).isEqualTo(agent.agentId());
        }
    }

    @Test
    void leavesOutResolvedBlockers() {
        CoordinationClient client = server.client(organization, "checkout");
        Event blocker = client.logger().logBlocker("quota", Blocker.of("rate limit", Severity.LOW, List.of()));
        client.logger().resolveBlocker(blocker.id(), "quota reset");

        assertThat(server.getJson("/api/v1/blockers?project=checkout", token).get("blockers")).isEmpty();
    }

    @Test
    void listsAProjectOnceItHasAnyNode() {
        server.client(organization, "with-events").logger().log(EventCategory.FEATURE, "something");
        server.client(organization, "with-agents").registerAgent(AgentRegistration.named("Idle"));
        server.client(organization, "with-a-cursor").cursor().handoff("left a note, logged nothing");
        server.client(organization, "untouched");
        server.getJson("/api/v1/agents?project=only-asked-about", token);

        JsonNode body = server.getJson("/api/v1/projects", token);

        assertThat(body.get("organization_id").asText()).isEqualTo(organization);
        assertThat(body.get("projects")).extracting(p -> p.get("project_id").asText())
                .containsExactly("with-a-cursor", "with-agents", "with-events");
    }
}
