package ai.ginko.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.TaskDefinition;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class TasksEndpointTest extends DashboardApiTest {

    @Test
    void listsTheTaskGraphWithEachTasksStateHolderAndWhatItWaitsOn() {
        CoordinationClient client = server.client(organization, "checkout");
        client.tasks().define(List.of(
                TaskDefinition.builder("TASK-1", "Event log").estimate("Small").build(),
                TaskDefinition.builder("TASK-2", "Long-poll API").dependsOn(List.of("TASK-1")).build(),
                TaskDefinition.builder("TASK-10", "Docs").priority(4).capabilities(List.of("writing")).build()));
        try (AgentSession agent = client.startAgent(AgentRegistration.named("Implementer"))) {
            agent.claim("TASK-1");

            JsonNode tasks = server.getJson("/api/v1/tasks?project=checkout", token).get("tasks");

            assertThat(tasks).extracting(t -> t.get("task_id").asText()).containsExactly("TASK-1", "TASK-2", "TASK-10");
            JsonNode first = tasks.get(0);
            assertThat(first.get("status").asText()).isEqualTo("in_progress");
            assertThat(first.get("holder").asText()).isEqualTo(agent.agentId());
            assertThat(first.get("estimate").asText()).isEqualTo("Small");
            JsonNode second = tasks.get(1);
            assertThat(second.get("status").asText()).isEqualTo("waiting");
            assertThat(second.get("holder").isNull()).isTrue();
            assertThat(second.get("waiting_on")).extracting(JsonNode::asText).containsExactly("TASK-1");
            assertThat(second.get("depends_on")).extracting(JsonNode::asText).containsExactly("TASK-1");
            JsonNode third = tasks.get(2);
            assertThat(third.get("status").asText()).isEqualTo("ready");
            assertThat(third.get("priority").asInt()).isEqualTo(4);
            assertThat(third.get("capabilities")).extracting(JsonNode::asText).containsExactly("writing");

            agent.complete("TASK-1");
            JsonNode after = server.getJson("/api/v1/tasks?project=checkout", token).get("tasks");
            assertThat(after.get(0).get("status").asText()).isEqualTo("completed");
            assertThat(after.get(0).get("completed_by").asText()).isEqualTo(agent.agentId());
            assertThat(after.get(1).get("status").asText()).isEqualTo("ready");
        }
    }

    @Test
    void aProjectWithoutTasksHasAnEmptyList() {
        server.existingProject(organization, "checkout");

        assertThat(server.getJson("/api/v1/tasks?project=checkout", token).get("tasks")).isEmpty();
    }
}
