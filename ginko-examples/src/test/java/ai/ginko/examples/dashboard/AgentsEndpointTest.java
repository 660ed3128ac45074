package ai.ginko.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgentsEndpointTest extends DashboardApiTest {

    private CoordinationClient client;

    @BeforeEach
    void newClient() {
        client = server.client(organization, "checkout");
    }

    @Test
    void listsAgentsWithStatusCurrentTaskAndHeartbeatAge() {
        try (AgentSession busy = client.startAgent(AgentRegistration.named("Implementer"));
                AgentSession idle = client.startAgent(AgentRegistration.named("Reviewer"))) {
            busy.claim("TASK-4");

            JsonNode agents = server.getJson("/api/v1/agents?project=checkout", token).get("agents");

            assertThat(agents).hasSize(2);
            JsonNode implementer = byName(agents, "Implementer");
            assertThat(implementer.get("agent_id").asText()).isEqualTo(busy.agentId());
            assertThat(implementer.get("status").asText()).isEqualTo("busy");
            assertThat(implementer.get("current_task").asText()).isEqualTo("TASK-4");
            assertThat(implementer.get("seconds_since_heartbeat").asLong()).isBetween(0L, 30L);
            assertThat(byName(agents, "Reviewer").get("status").asText()).isEqualTo("idle");
            assertThat(byName(agents, "Reviewer").get("current_task").isNull()).isTrue();
        }
    }

    @Test
    void filtersByStatus() {
        try (AgentSession busy = client.startAgent(AgentRegistration.named("Implementer"));
                AgentSession idle = client.startAgent(AgentRegistration.named("Reviewer"))) {
            busy.claim("TASK-4");

            JsonNode agents = server.getJson("/api/v1/agents?project=checkout&status=idle", token).get("agents");

            assertThat(agents).extracting(a -> a.get("agent_id").asText()).containsExactly(idle.agentId());
        }
    }

    @Test
    void listsAnAgentWhoseSessionEndedAsOffline() {
        String agentId;
        try (AgentSession gone = client.startAgent(AgentRegistration.named("Gone"))) {
            agentId = gone.agentId();
        }

        JsonNode agents = server.getJson("/api/v1/agents?project=checkout&status=offline", token).get("agents");

        assertThat(agents).extracting(a -> a.get("agent_id").asText()).containsExactly(agentId);
    }

    @Test
    void showsAnAgentWithCapabilitiesAndItsLatestEventsNewestFirst() {
        try (AgentSession agent = client.startAgent(AgentRegistration.named("Implementer")
                .withCapabilities(List.of("java", "cypher")))) {
            for (int i = 1; i <= 25; i++) {
                agent.logger().log(EventCategory.FEATURE, "feature " + i);
                client.logger().log(EventCategory.INSIGHT, "human note " + i);
            }

            JsonNode details = server.getJson("/api/v1/agents/" + agent.agentId() + "?project=checkout", token);

            assertThat(details.get("name").asText()).isEqualTo("Implementer");
            assertThat(details.get("capabilities")).extracting(JsonNode::asText).containsExactly("java", "cypher");
            JsonNode recent = details.get("recent_events");
            assertThat(recent).hasSize(AgentsHandler.RECENT_EVENTS);
            assertThat(recent.get(0).get("description").asText()).isEqualTo("feature 25");
            assertThat(recent.get(19).get("description").asText()).isEqualTo("feature 6");
        }
    }

    @Test
    void answers404ForAnUnknownAgent() {
        client.registerAgent(AgentRegistration.named("Somebody"));

        HttpResponse<String> response = server.get("/api/v1/agents/nobody?project=checkout", token);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(TestServer.json(response.body()).get("error").asText()).contains("nobody");
    }

    private static JsonNode byName(JsonNode agents, String name) {
        for (JsonNode agent : agents) {
            if (agent.get("name").asText().equals(name)) {
                return agent;
            }
        }
        throw new AssertionError("no agent named " + name + " in " + agents);
    }
}
