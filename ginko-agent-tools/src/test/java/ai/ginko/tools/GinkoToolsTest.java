package ai.ginko.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import ai.ginko.core.memory.InMemoryCoordination;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tools' public face, on the in-memory store: what adapters (MCP, LangChain4j, Spring AI) rely on. */
class GinkoToolsTest {

    private CoordinationClient client;
    private AgentSession agent;
    private List<GinkoTool> tools;

    @BeforeEach
    void startAgent() {
        client = new InMemoryCoordination().client(ClientSettings.builder().scope("acme", "web").userId("alice").build());
        agent = client.startAgent(AgentRegistration.named("Implementer"));
        tools = GinkoTools.forAgent(client, agent);
    }

    @AfterEach
    void close() {
        agent.close();
        client.close();
    }

    private GinkoTool tool(String name) {
        return tools.stream().filter(tool -> tool.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void forAgentListsEveryToolOnceInTheOrderClientsShowThem() {
        assertThat(tools).extracting(GinkoTool::name).containsExactly("log_event", "claim_task", "complete_task",
                "release_task", "agent_status", "wait_for_events", "active_blockers", "handoff", "ready_tasks",
                "claim_next_task", "send_message", "reply_message", "fetch_inbox", "mark_read",
                "acknowledge_message", "reserve_paths", "release_paths", "renew_reservations", "list_reservations",
                "check_paths");
    }

    @Test
    void theInputSchemaIsAClosedObjectListingTheRequiredArguments() {
        assertThat(tool("claim_task").inputSchema())
                .containsEntry("type", "object")
                .containsEntry("required", List.of("task_id"))
                .containsEntry("additionalProperties", false);
    }

    @Test
    void readOnlyToolsAreMarkedSo() {
        assertThat(tools).filteredOn(GinkoTool::readOnly).extracting(GinkoTool::name)
                .containsExactly("agent_status", "wait_for_events", "active_blockers", "ready_tasks", "fetch_inbox",
                        "list_reservations", "check_paths");
    }

    @Test
    void aToolThatDidItsWorkAnswersTextAndStructuredContent() {
        ToolOutcome outcome = tool("log_event").call(Map.of("category", "feature", "description", "Cart API"));

        assertThat(outcome).isInstanceOfSatisfying(ToolResult.class, result -> {
            assertThat(result.text()).startsWith("Logged event #1");
            assertThat(result.structured()).containsKey("event");
        });
        assertThat(client.eventsSince(0, 10)).singleElement().satisfies(event -> {
            assertThat(event.category()).isEqualTo(EventCategory.FEATURE);
            assertThat(event.agentId()).contains(agent.agentId());
        });
    }

    @Test
    void aBadArgumentIsAToolErrorNamingTheArgumentAndTheRule() {
        assertThat(tool("claim_task").call(Map.of())).isEqualTo(new ToolError("task_id is required"));
        assertThat(tool("claim_task").call(Map.of("task_id", 4)))
                .isEqualTo(new ToolError("task_id must be a string, was 4"));
    }

    @Test
    void aNullArgumentValueCountsAsAbsent() {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("task_id", null);

        assertThat(tool("claim_task").call(arguments)).isEqualTo(new ToolError("task_id is required"));
    }

    @Test
    void aRefusedOperationIsAToolErrorNamingTheHolder() {
        try (AgentSession other = client.startAgent(AgentRegistration.named("Reviewer"))) {
            other.claim("TASK-1");

            assertThat(tool("claim_task").call(Map.of("task_id", "TASK-1")))
                    .isInstanceOfSatisfying(ToolError.class, error -> assertThat(error.text())
                            .isEqualTo("TASK-1 is held by " + other.agentId() + " (Reviewer); " + agent.agentId()
                                    + " did not get it"));
        }
    }

    @Test
    void nullArgumentsAreTheCallersMistakeAndThrow() {
        assertThatThrownBy(() -> tool("agent_status").call(nullMap()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("arguments");
    }

    @SuppressWarnings("NullAway") // on purpose: a caller that does not run NullAway
    private static Map<String, Object> nullMap() {
        return null;
    }
}
