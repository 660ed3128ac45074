package ai.ginko.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.ReservationRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReservationsEndpointTest extends DashboardApiTest {

    @Test
    void listsTheActiveReservationsWithPatternHolderModeAndExpiry() {
        CoordinationClient client = server.client(organization, "checkout");
        try (AgentSession agent = client.startAgent(AgentRegistration.named("Implementer"))) {
            agent.reservations().reserve(ReservationRequest.builder(List.of("src/api/**")).reason("rework").build());
            agent.reservations().reserve(ReservationRequest.builder(List.of("docs/")).exclusive(false).build());

            JsonNode reservations = server.getJson("/api/v1/reservations?project=checkout", token)
                    .get("reservations");

            assertThat(reservations).extracting(r -> r.get("pattern").asText()).containsExactly("docs/", "src/api/**");
            assertThat(reservations).allSatisfy(r -> {
                assertThat(r.get("agent_id").asText()).isEqualTo(agent.agentId());
                assertThat(r.get("agent_name").asText()).isEqualTo("Implementer");
                assertThat(r.get("expires_at").asText()).endsWith("Z");
            });
            assertThat(reservations.get(0).get("exclusive").asBoolean()).isFalse();
            assertThat(reservations.get(1).get("exclusive").asBoolean()).isTrue();
            assertThat(reservations.get(1).get("reason").asText()).isEqualTo("rework");
        }
    }

    @Test
    void aProjectWithoutReservationsHasAnEmptyList() {
        server.existingProject(organization, "checkout");

        assertThat(server.getJson("/api/v1/reservations?project=checkout", token).get("reservations")).isEmpty();
    }
}
