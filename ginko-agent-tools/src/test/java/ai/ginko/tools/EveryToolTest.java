package ai.ginko.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.Blocker;
import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.CursorPosition;
import ai.ginko.core.EventCategory;
import ai.ginko.core.MessageDraft;
import ai.ginko.core.Severity;
import ai.ginko.core.TaskDefinition;
import ai.ginko.core.TaskState;
import ai.ginko.core.memory.InMemoryCoordination;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each tool's own behaviour through {@link GinkoTool#call}, on the in-memory store (the store is not what is tested;
 * {@code McpServerTest} drives the same tools through the MCP server on Neo4j).
 */
class EveryToolTest {

    private CoordinationClient client;
    private AgentSession agent;
    private AgentSession other;
    private List<GinkoTool> tools;

    @BeforeEach
    void startAgents() {
        client = new InMemoryCoordination().client(ClientSettings.builder().scope("acme", "web").userId("alice")
                .pollInterval(Duration.ofMillis(10)).build());
        agent = client.startAgent(AgentRegistration.named("Implementer"));
        other = client.startAgent(AgentRegistration.named("Reviewer"));
        tools = GinkoTools.forAgent(client, agent);
    }

    @AfterEach
    void close() {
        other.close();
        agent.close();
        client.close();
    }

    private ToolOutcome call(String name, Map<String, Object> arguments) {
        return tools.stream().filter(tool -> tool.name().equals(name)).findFirst().orElseThrow().call(arguments);
    }

    /** The structured content of a call that must succeed. */
    private Map<String, Object> result(String name, Map<String, Object> arguments) {
        ToolOutcome outcome = call(name, arguments);
        assertThat(outcome).as(name + " answered " + outcome.text()).isInstanceOf(ToolResult.class);
        return ((ToolResult) outcome).structured();
    }

    private String error(String name, Map<String, Object> arguments) {
        ToolOutcome outcome = call(name, arguments);
        assertThat(outcome).as(name + " answered " + outcome.text()).isInstanceOf(ToolError.class);
        return outcome.text();
    }

    @Test
    void completeTaskCompletesATaskThisAgentHolds() {
        agent.claim("TASK-1");

        assertThat(result("complete_task", Map.of("task_id", "TASK-1"))).containsEntry("state", "completed");
        assertThat(client.claimOf("TASK-1")).hasValueSatisfying(
                claim -> assertThat(claim.state()).isEqualTo(TaskState.COMPLETED));
    }

    @Test
    void releaseTaskLetsAnotherAgentClaimIt() {
        agent.claim("TASK-1");

        assertThat(result("release_task", Map.of("task_id", "TASK-1"))).containsEntry("state", "released");
        assertThat(other.claim("TASK-1").acquired()).isTrue();
    }

    @Test
    void handoffStoresTheNoteInThisAgentsCursor() {
        result("handoff", Map.of("note", "Tests of the cart are next"));

        assertThat(client.cursorOf(agent.agentId()).flatMap(CursorPosition::handoffNote))
                .contains("Tests of the cart are next");
    }

    @Test
    void readyTasksListsTheTasksThisAgentCouldTake() {
        client.tasks().define(List.of(TaskDefinition.of("TASK-1", "Cart API"),
                TaskDefinition.builder("TASK-2", "Cart UI").dependsOn(List.of("TASK-1")).build()));

        assertThat(result("ready_tasks", Map.of()).get("tasks")).asList().singleElement()
                .asInstanceOf(MAP).containsEntry("task_id", "TASK-1");
    }

    @Test
    void claimNextTaskClaimsAReadyTaskAndSaysSoWhenNoneIs() {
        client.tasks().define(TaskDefinition.of("TASK-1", "Cart API"));

        assertThat(result("claim_next_task", Map.of())).containsEntry("claimed", true);
        assertThat(result("claim_next_task", Map.of())).containsEntry("claimed", false);
        assertThat(client.claimOf("TASK-1")).hasValueSatisfying(
                claim -> assertThat(claim.agentId()).isEqualTo(agent.agentId()));
    }

    @Test
    void waitForEventsReturnsEachEventOfTheOthersOnce() {
        other.logger().log(EventCategory.DECISION, "Carts expire after a day");

        assertThat(result("wait_for_events", Map.of("timeout_seconds", 0)).get("events")).asList().hasSize(1);
        assertThat(result("wait_for_events", Map.of("timeout_seconds", 0)).get("events")).asList().isEmpty();
    }

    @Test
    void waitForEventsPassesOverCategoriesNotAskedFor() {
        other.logger().log(EventCategory.DECISION, "Carts expire after a day");
        other.logger().log(EventCategory.INSIGHT, "Polling is cheap");

        assertThat(result("wait_for_events", Map.of("timeout_seconds", 0, "categories", List.of("insight")))
                .get("events")).asList().singleElement().asInstanceOf(MAP)
                .containsEntry("description", "Polling is cheap");
    }

    @Test
    void waitForEventsWithSinceReadsFromThereAndLeavesThePositionAlone() {
        other.logger().log(EventCategory.DECISION, "Carts expire after a day");

        assertThat(result("wait_for_events", Map.of("since", 0, "timeout_seconds", 0)).get("events")).asList()
                .hasSize(1);
        assertThat(result("wait_for_events", Map.of("timeout_seconds", 0)).get("events")).asList().hasSize(1);
    }

    @Test
    void activeBlockersListsTheUnresolvedOnesAndOnlyThoseInThisAgentsWayWhenAsked() {
        agent.claim("TASK-1");
        other.logger().logBlocker("Quota", Blocker.of("payment API", Severity.HIGH, List.of("TASK-1")));
        other.logger().logBlocker("Design", Blocker.of("UX review", Severity.LOW, List.of("TASK-9")));

        assertThat(result("active_blockers", Map.of()).get("blockers")).asList().hasSize(2);
        assertThat(result("active_blockers", Map.of("only_my_tasks", true)).get("blockers")).asList().singleElement()
                .asInstanceOf(MAP)
                .containsEntry("blocked_by", "payment API");
    }

    @Test
    void aBlockerWithoutATaskIsAboutTheTaskThisAgentHolds() {
        agent.claim("TASK-1");

        result("log_event", Map.of("category", "blocker", "description", "Quota", "blocked_by", "payment API"));

        assertThat(client.activeBlockers()).singleElement().satisfies(blocker -> {
            assertThat(blocker.taskId()).contains("TASK-1");
            assertThat(blocker.blocker().orElseThrow().severity()).isEqualTo(Severity.MEDIUM);
        });
    }

    @Test
    void aBlockerNeedsBlockedByAndOtherCategoriesTakeNoBlockerFields() {
        assertThat(error("log_event", Map.of("category", "blocker", "description", "Quota")))
                .isEqualTo("blocked_by is required for category blocker");
        assertThat(error("log_event", Map.of("category", "fix", "description", "Quota", "severity", "high")))
                .isEqualTo("blocked_by, blocking_tasks and severity are only for category blocker, was fix");
    }

    @Test
    void agentStatusNamesThisAgentAndListsTheOthers() {
        Map<String, Object> status = result("agent_status", Map.of());

        assertThat(status).containsEntry("agent_id", agent.agentId());
        assertThat(status.get("agents")).asList().hasSize(2);
    }

    @Test
    void argumentsOfTheWrongJsonTypeAreRefusedNamingTheArgument() {
        assertThat(error("wait_for_events", Map.of("categories", List.of("insight", 3))))
                .startsWith("categories must be ");
        assertThat(error("log_event", Map.of("category", "fix", "description", "x", "metadata", "y")))
                .startsWith("metadata must be ");
        assertThat(error("agent_status", Map.of("include_offline", "yes"))).startsWith("include_offline must be ");
        assertThat(error("agent_status", Map.of("verbose", true)))
                .isEqualTo("unknown argument verbose (valid: include_offline)");
    }

    @Test
    void anIntegralJsonNumberIsAnInteger() {
        assertThat(result("ready_tasks", Map.of("limit", 2.0))).containsKey("tasks");
        assertThat(error("ready_tasks", Map.of("limit", 2.5))).startsWith("limit must be ");
    }

    @Test
    void sendMessageReachesTheRecipientsInboxAndReplyMessageAnswersTheSender() {
        Map<String, Object> sent = result("send_message", Map.of("to", List.of("Reviewer"), "subject", "TASK-4 ready",
                "body", "Please review.", "ack_required", true));
        String id = (String) ((Map<?, ?>) sent.get("message")).get("id");
        List<GinkoTool> reviewerTools = GinkoTools.forAgent(client, other);
        ToolOutcome reply = reviewerTools.stream().filter(tool -> tool.name().equals("reply_message")).findFirst()
                .orElseThrow().call(Map.of("message_id", id, "body", "On it."));

        assertThat(reply).isInstanceOf(ToolResult.class);
        assertThat(((ToolResult) reply).structured().get("message")).asInstanceOf(MAP)
                .containsEntry("subject", "Re: TASK-4 ready").containsEntry("to", List.of(agent.agentId()));
        assertThat(result("fetch_inbox", Map.of("unread_only", true)).get("messages")).asList().singleElement()
                .asInstanceOf(MAP).containsEntry("subject", "Re: TASK-4 ready");
    }

    @Test
    void markReadAndAcknowledgeMessageMarkOnlyMessagesThisAgentReceived() {
        String id = other.messages().send(MessageDraft.to("Implementer").subject("schema")
                .ackRequired(true).build()).id();

        assertThat(result("mark_read", Map.of("message_ids", List.of(id))).get("receipts")).asList().hasSize(1);
        assertThat(result("acknowledge_message", Map.of("message_ids", List.of(id))).get("receipts")).asList()
                .hasSize(1);
        assertThat(call("send_message", Map.of("to", List.of("Nobody"), "subject", "x")))
                .isInstanceOf(ToolError.class);
    }

    @Test
    void reservePathsGrantsAndRefusesAnOverlapOfAnotherAgentListingTheConflict() {
        assertThat(result("reserve_paths", Map.of("paths", List.of("src/api/**"), "reason", "refactor")))
                .containsEntry("granted", true);
        List<GinkoTool> reviewerTools = GinkoTools.forAgent(client, other);
        ToolOutcome refused = reviewerTools.stream().filter(tool -> tool.name().equals("reserve_paths")).findFirst()
                .orElseThrow().call(Map.of("paths", List.of("src/*/Client.java")));

        assertThat(refused).isInstanceOf(ToolResult.class);
        assertThat(((ToolResult) refused).structured()).containsEntry("granted", false);
        assertThat(((ToolResult) refused).structured().get("conflicts")).asList().hasSize(1);
    }

    @Test
    void listRenewCheckAndReleaseWorkOnThisAgentsReservations() {
        result("reserve_paths", Map.of("paths", List.of("docs/"), "ttl_seconds", 600, "exclusive", false));

        assertThat(result("list_reservations", Map.of("only_mine", true)).get("reservations")).asList().hasSize(1);
        assertThat(result("renew_reservations", Map.of()).get("renewed")).asList().hasSize(1);
        assertThat(result("check_paths", Map.of("paths", List.of("docs/readme.md", "src/Main.java"))))
                .containsEntry("blocked", false).extracting(map -> map.get("holds")).asList().hasSize(1);
        assertThat(result("release_paths", Map.of("paths", List.of("docs/"))).get("released")).asList().hasSize(1);
        assertThat(result("list_reservations", Map.of()).get("reservations")).asList().isEmpty();
    }
}
