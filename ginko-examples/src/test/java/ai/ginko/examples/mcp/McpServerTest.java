package ai.ginko.examples.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.TaskDefinition;
import ai.ginko.neo4j.EmbeddedNeo4j;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two agents, each behind its own {@code ginko mcp} process, driven by the MCP SDK's client over stdio: the tools
 * they see, claims, blockers, status, long-polls, and bad input. Both servers live for the whole class (a JVM start
 * is slow); each test uses task ids of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class McpServerTest {

    private static final Duration HEARTBEAT = Duration.ofSeconds(1);
    private static final Duration OFFLINE_AFTER = Duration.ofSeconds(30);

    private final String org = "org-" + UUID.randomUUID();
    /** Threads of their own for the concurrent calls: the common pool may have a single thread on two cores. */
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory());
    private McpServerProcess agentA;
    private McpServerProcess agentB;

    @BeforeAll
    void startBothAgents() {
        agentA = McpServerProcess.start(org, "Claude-Implementer", "agent_aaaaaaaaaaaa", HEARTBEAT, OFFLINE_AFTER);
        agentB = McpServerProcess.start(org, "GPT-Reviewer", "agent_bbbbbbbbbbbb", HEARTBEAT, OFFLINE_AFTER);
    }

    @AfterAll
    void stopBothAgents() {
        threads.close();
        if (agentA != null) {
            agentA.close();
        }
        if (agentB != null) {
            agentB.close();
        }
    }

    @Test
    void theClientSeesEveryToolWithADescribedInputSchemaAndAnOutputSchema() {
        List<Tool> tools = agentA.client().listTools().tools();

        assertThat(tools).extracting(Tool::name).containsExactly("log_event", "claim_task", "complete_task",
                "release_task", "agent_status", "wait_for_events", "active_blockers", "handoff", "ready_tasks",
                "claim_next_task", "send_message", "reply_message", "fetch_inbox", "mark_read", "acknowledge_message",
                "reserve_paths", "release_paths", "renew_reservations", "list_reservations", "check_paths");
        for (Tool tool : tools) {
            assertThat(tool.description()).as(tool.name()).hasSizeGreaterThan(40);
            assertThat(tool.inputSchema()).as(tool.name()).containsEntry("type", "object")
                    .containsEntry("additionalProperties", false);
            assertThat(properties(tool.inputSchema()).values()).as(tool.name())
                    .allSatisfy(property -> assertThat(property).containsKeys("type", "description"));
            assertThat(tool.outputSchema()).as(tool.name()).containsEntry("type", "object");
        }
    }

    @Test
    void inputSchemasNameRequiredArgumentsAndRanges() {
        Map<String, Tool> tools = toolsByName();

        assertThat(tools.get("claim_task").inputSchema()).containsEntry("required", List.of("task_id"));
        assertThat(tools.get("log_event").inputSchema()).containsEntry("required", List.of("category", "description"));
        assertThat(properties(tools.get("log_event").inputSchema()).get("category"))
                .containsEntry("enum", List.of("fix", "feature", "decision", "insight", "git", "achievement",
                        "blocker", "blocker_resolved", "task", "reservation"));
        assertThat(properties(tools.get("wait_for_events").inputSchema()).get("timeout_seconds"))
                .containsEntry("minimum", 0).containsEntry("maximum", 30);
    }

    @Test
    void everyToolResultCarriesTheNewsOfTheOtherAgentsOnce() {
        agentB.call("agent_status", Map.of());
        agentA.structured("log_event", Map.of("category", "blocker", "description", "Payment API answers 429",
                "blocked_by", "API rate limit", "blocking_tasks", List.of("TASK-51"), "severity", "high"));

        CallToolResult first = agentB.call("ready_tasks", Map.of());
        CallToolResult second = agentB.call("ready_tasks", Map.of());

        assertThat(McpServerProcess.news(first)).startsWith("Ginko news (events #")
                .contains("agent_aaaaaaaaaaaa (Claude-Implementer) blocker: Payment API answers 429");
        @SuppressWarnings("unchecked") // the structured content is a JSON object
        Map<String, Object> news = (Map<String, Object>) ((Map<String, Object>) first.structuredContent()).get("news");
        assertThat(news).containsKeys("after_sequence", "through_sequence", "text", "items");
        assertThat(second.content()).hasSize(1);
        assertThat(second.structuredContent()).isInstanceOfSatisfying(Map.class,
                structured -> assertThat(structured).doesNotContainKey("news"));
    }

    @Test
    void theInstructionsSayWhatGinkoIsAndWhichToolServesWhichNeed() {
        assertThat(agentB.client().getServerInstructions()).contains(
                "Ginko connects this agent, agent_bbbbbbbbbbbb (GPT-Reviewer), with the other AI agents",
                "agent_status", "ready_tasks", "claim_next_task", "log_event", "handoff", "wait_for_events",
                "every tool result ends with the news");
    }

    @Test
    void aSecondClaimIsRefusedNamingTheHolder() {
        Map<String, Object> claimed = agentA.structured("claim_task", Map.of("task_id", "TASK-4"));

        CallToolResult refused = agentB.call("claim_task", Map.of("task_id", "TASK-4"));

        assertThat(claimed).containsEntry("outcome", "claimed").containsEntry("holder", agentA.agentId());
        assertThat(refused.isError()).isTrue();
        assertThat(McpServerProcess.text(refused)).isEqualTo("TASK-4 is held by agent_aaaaaaaaaaaa "
                + "(Claude-Implementer); agent_bbbbbbbbbbbb did not get it");
    }

    @Test
    void agentsTakeGraphWorkInDependencyOrderEachTaskOnce() throws Exception {
        try (CoordinationClient supervisor = EmbeddedNeo4j.clientBuilder().scope(org, "checkout")
                .userId("supervisor").build()) {
            supervisor.tasks().define(List.of(
                    TaskDefinition.builder("GRAPH-1", "Event log").priority(1).build(),
                    TaskDefinition.builder("GRAPH-2", "Long-poll API").dependsOn(List.of("GRAPH-1")).build()));
        }

        Map<String, Object> ready = agentB.structured("ready_tasks", Map.of());
        Map<String, Object> first = agentA.structured("claim_next_task", Map.of());
        Map<String, Object> nothing = agentB.structured("claim_next_task", Map.of());
        CompletableFuture<Map<String, Object>> waiting = CompletableFuture.supplyAsync(
                () -> agentB.structured("claim_next_task", Map.of("timeout_seconds", 20)), threads);
        agentA.structured("complete_task", Map.of("task_id", "GRAPH-1"));

        assertThat(tasks(ready)).extracting(task -> task.get("task_id")).contains("GRAPH-1").doesNotContain("GRAPH-2");
        assertThat(first).containsEntry("claimed", true);
        assertThat(task(first)).containsEntry("task_id", "GRAPH-1").containsEntry("outcome", "claimed");
        assertThat(nothing).containsEntry("claimed", false).containsEntry("task", null);
        Map<String, Object> second = waiting.get(30, TimeUnit.SECONDS);
        assertThat(second).containsEntry("claimed", true);
        assertThat(task(second)).containsEntry("task_id", "GRAPH-2").containsEntry("depends_on", List.of("GRAPH-1"));
    }

    @Test
    void reservationsKeepTheAgentsOffEachOthersPaths() {
        Map<String, Object> granted = agentA.structured("reserve_paths",
                Map.of("paths", List.of("mcp/src/api/**"), "reason", "API rework"));
        Map<String, Object> refused = agentB.structured("reserve_paths", Map.of("paths",
                List.of("mcp/src/*/Client.java")));
        Map<String, Object> checked = agentB.structured("check_paths", Map.of("paths",
                List.of("mcp/src/api/Client.java", "mcp/README.md")));
        Map<String, Object> listed = agentB.structured("list_reservations", Map.of());
        Map<String, Object> renewed = agentA.structured("renew_reservations", Map.of("ttl_seconds", 600));
        Map<String, Object> released = agentA.structured("release_paths", Map.of("paths", List.of("mcp/src/api/**")));
        Map<String, Object> afterRelease = agentB.structured("reserve_paths", Map.of("paths",
                List.of("mcp/src/*/Client.java"), "exclusive", false, "ttl_seconds", 60));
        agentB.structured("release_paths", Map.of());

        assertThat(granted).containsEntry("granted", true);
        assertThat(refused).containsEntry("granted", false).containsEntry("reservations", List.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> held = (Map<String, Object>) ((Map<String, Object>) ((List<?>) refused.get("conflicts"))
                .getFirst()).get("held");
        assertThat((List<?>) refused.get("conflicts")).hasSize(1);
        assertThat(held).containsEntry("agent_id", agentA.agentId()).containsEntry("pattern", "mcp/src/api/**")
                .containsEntry("exclusive", true);
        assertThat(checked).containsEntry("blocked", true);
        assertThat((List<?>) checked.get("holds")).hasSize(1);
        assertThat((List<?>) listed.get("reservations")).hasSize(1);
        assertThat((List<?>) renewed.get("renewed")).hasSize(1);
        assertThat((List<?>) released.get("released")).hasSize(1);
        assertThat(afterRelease).containsEntry("granted", true);
        assertThat(McpServerProcess.text(agentB.call("reserve_paths", Map.of("paths", List.of("/etc/**")))))
                .isEqualTo("patterns[0] must be relative to the repository's root (no leading '/'), was '/etc/**'");
    }

    @Test
    void agentStatusShowsTheOtherAgentBusyOnItsTask() {
        agentA.structured("claim_task", Map.of("task_id", "TASK-14"));

        Map<String, Object> status = agentB.structured("agent_status", Map.of());
        String text = McpServerProcess.text(agentB.call("agent_status", Map.of()));

        assertThat(agents(status)).anySatisfy(agent -> assertThat(agent)
                .containsEntry("agent_id", agentA.agentId())
                .containsEntry("status", "busy")
                .containsEntry("current_task", "TASK-14"));
        assertThat(status).containsEntry("agent_id", agentB.agentId());
        assertThat(text).contains("Active Agents (2):")
                .containsPattern("agent_aaaaaaaaaaaa  Claude-Implementer  busy  TASK-14 \\(\\d+s ago\\)");
    }

    @Test
    void aWaitingAgentGetsABlockerWithinOneSecond() throws Exception {
        drain(agentB);
        CompletableFuture<Map<String, Object>> waiting = CompletableFuture.supplyAsync(() -> agentB.structured(
                "wait_for_events", Map.of("timeout_seconds", 20, "categories", List.of("blocker"))), threads);
        Thread.sleep(500);

        Map<String, Object> logged = agentA.structured("log_event", Map.of("category", "blocker",
                "description", "Payment API answers 429", "blocked_by", "API rate limit",
                "blocking_tasks", List.of("TASK-6"), "severity", "high"));
        long loggedAt = System.nanoTime();
        Map<String, Object> seen = waiting.get();
        Duration delay = Duration.ofNanos(System.nanoTime() - loggedAt);

        System.out.println("wait_for_events returned the blocker " + delay.toMillis() + " ms after log_event");
        assertThat(events(seen)).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("id", eventId(logged))
                .containsEntry("agent_id", agentA.agentId())
                .containsEntry("blocker", Map.of("blocked_by", "API rate limit", "blocking_tasks", List.of("TASK-6"),
                        "severity", "high")));
        assertThat(delay).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void consecutiveWaitsNeitherMissNorRepeatAnEvent() {
        drain(agentB);
        String marker = "sequential-" + UUID.randomUUID();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> logEvents(marker, 15), threads);

        List<Map<String, Object>> seen = new ArrayList<>();
        while (markedIn(seen, marker) < 15) {
            seen.addAll(events(agentB.structured("wait_for_events", Map.of("timeout_seconds", 10, "limit", 4))));
        }
        writer.join();

        assertThat(sequences(seen)).doesNotHaveDuplicates().isSorted();
        assertThat(markedIn(seen, marker)).isEqualTo(15);
    }

    @Test
    void concurrentWaitsShareThePositionWithoutRepeatingAnEvent() {
        drain(agentB);
        String marker = "concurrent-" + UUID.randomUUID();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> logEvents(marker, 15), threads);

        List<Map<String, Object>> seen = Collections.synchronizedList(new ArrayList<>());
        Runnable reader = () -> {
            while (markedIn(List.copyOf(seen), marker) < 15) {
                seen.addAll(events(agentB.structured("wait_for_events", Map.of("timeout_seconds", 3, "limit", 2))));
            }
        };
        CompletableFuture<Void> first = CompletableFuture.runAsync(reader, threads);
        CompletableFuture<Void> second = CompletableFuture.runAsync(reader, threads);
        CompletableFuture.allOf(first, second).join();
        writer.join();

        assertThat(sequences(seen)).doesNotHaveDuplicates();
        assertThat(markedIn(seen, marker)).isEqualTo(15);
    }

    @Test
    void anExplicitSinceRereadsTheLogAndLeavesThePositionAlone() {
        drain(agentB);
        Map<String, Object> first = agentA.structured("log_event", Map.of("category", "decision",
                "description", "Use a token bucket"));
        long sequence = ((Number) ((Map<?, ?>) first.get("event")).get("sequence")).longValue();

        Map<String, Object> reread = agentB.structured("wait_for_events", Map.of("since", sequence - 1,
                "timeout_seconds", 0));
        Map<String, Object> continued = agentB.structured("wait_for_events", Map.of("timeout_seconds", 5));

        assertThat(sequences(events(reread))).first().isEqualTo(sequence);
        assertThat(sequences(events(continued))).contains(sequence);
    }

    @Test
    void badArgumentsAreToolErrorsNamingTheFieldAndTheServerKeepsAnswering() {
        assertError(agentA.call("claim_task", Map.of()), "task_id is required");
        assertError(agentA.call("claim_task", Map.of("taskId", "TASK-4")),
                "unknown argument taskId (valid: task_id)");
        assertError(agentA.call("claim_task", Map.of("task_id", 4)), "task_id must be a string, was 4");
        assertError(agentA.call("log_event", Map.of("category", "rumour", "description", "x")),
                "category must be one of fix, feature, decision, insight, git, achievement, blocker, "
                        + "blocker_resolved, task, message, reservation, was rumour");
        assertError(agentA.call("log_event", Map.of("category", "feature", "description", " ")),
                "description must not be blank");
        assertError(agentA.call("log_event", Map.of("category", "blocker", "description", "stuck")),
                "blocked_by is required for category blocker");
        assertError(agentA.call("wait_for_events", Map.of("timeout_seconds", 31)),
                "timeout_seconds must be between 0 and 30, was 31");
        assertError(agentA.call("log_event", Map.of("category", "blocker_resolved", "description", "done",
                "resolves_event_id", "no-such-event")), "resolvesEventId: no blocker event 'no-such-event'");
        assertError(agentA.call("complete_task", Map.of("task_id", "TASK-99")),
                "taskId: task 'TASK-99' is not held by agent 'agent_aaaaaaaaaaaa'");

        assertThat(agentA.structured("agent_status", Map.of())).containsEntry("agent_id", agentA.agentId());
    }

    @Test
    void completingAndReleasingWorkOnlyForTheHolder() {
        agentA.structured("claim_task", Map.of("task_id", "TASK-21"));
        agentA.structured("claim_task", Map.of("task_id", "TASK-22"));

        assertThat(agentA.structured("complete_task", Map.of("task_id", "TASK-21")))
                .containsEntry("state", "completed").containsEntry("agent_id", agentA.agentId());
        assertThat(agentA.structured("release_task", Map.of("task_id", "TASK-22"))).containsEntry("state", "released");
        assertThat(agentB.structured("claim_task", Map.of("task_id", "TASK-22"))).containsEntry("outcome", "claimed");
        assertError(agentB.call("claim_task", Map.of("task_id", "TASK-21")), "TASK-21 was already completed by "
                + "agent_aaaaaaaaaaaa (Claude-Implementer)");
    }

    @Test
    void activeBlockersCanBeNarrowedToTheAgentsOwnTasks() {
        agentB.structured("claim_task", Map.of("task_id", "TASK-31"));
        Object blocksB = eventId(agentA.structured("log_event", Map.of("category", "blocker",
                "description", "Schema migration pending", "blocked_by", "DBA review",
                "blocking_tasks", List.of("TASK-31"))));
        Object blocksNobody = eventId(agentA.structured("log_event", Map.of("category", "blocker",
                "description", "Flaky CI", "blocked_by", "CI runner", "blocking_tasks", List.of("TASK-32"))));

        List<Map<String, Object>> all = blockers(agentB.structured("active_blockers", Map.of()));
        List<Map<String, Object>> onlyMine = blockers(agentB.structured("active_blockers",
                Map.of("only_my_tasks", true)));

        assertThat(all).extracting(blocker -> blocker.get("event_id")).contains(blocksB, blocksNobody);
        assertThat(onlyMine).extracting(blocker -> blocker.get("event_id")).containsExactly(blocksB);
    }

    @Test
    void handoffStoresTheNoteInTheSessionCursor() {
        agentB.structured("claim_task", Map.of("task_id", "TASK-41"));

        Map<String, Object> cursor = agentB.structured("handoff", Map.of("note", "Tests written; wire the API next"));

        assertThat(cursor).containsEntry("owner_id", agentB.agentId())
                .containsEntry("handoff_note", "Tests written; wire the API next")
                .containsEntry("last_action", "handoff");
    }

    @Test
    void anAgentSendsToAnotherByNameWhoReadsItInItsInboxAndRepliesInTheThread() {
        Map<String, Object> sent = agentA.structured("send_message", Map.of("to", List.of("GPT-Reviewer"),
                "subject", "TASK-4 is ready for your review", "body", "See PR 42", "ack_required", true));
        Object id = message(sent).get("id");

        List<Map<String, Object>> inbox = messages(agentB.structured("fetch_inbox", Map.of("unread_only", true)));
        Map<String, Object> acknowledged = agentB.structured("acknowledge_message", Map.of("message_ids", List.of(id)));
        Map<String, Object> reply = agentB.structured("reply_message", Map.of("message_id", id, "body", "On it"));
        List<Map<String, Object>> answers = messages(agentA.structured("fetch_inbox", Map.of()));

        assertThat(message(sent)).containsEntry("to", List.of(agentB.agentId()));
        assertThat(inbox).singleElement().satisfies(message -> assertThat(message).containsEntry("id", id)
                .containsEntry("from", agentA.agentId()).containsEntry("body", "See PR 42")
                .containsEntry("ack_required", true).containsEntry("read_at", null));
        assertThat(receipts(acknowledged)).singleElement()
                .satisfies(receipt -> assertThat(receipt.get("acknowledged_at")).isNotNull());
        assertThat(messages(agentB.structured("fetch_inbox", Map.of("unread_only", true)))).isEmpty();
        assertThat(answers).singleElement().satisfies(answer -> assertThat(answer)
                .containsEntry("id", message(reply).get("id")).containsEntry("from", agentB.agentId())
                .containsEntry("subject", "Re: TASK-4 is ready for your review").containsEntry("thread_id", id)
                .containsEntry("ack_required", true));
        assertThat(receipts(agentA.structured("mark_read", Map.of("message_ids", List.of(answers.getFirst()
                .get("id")))))).hasSize(1);
    }

    @Test
    void aMessageToAnUnknownRecipientIsAToolErrorNamingItAndTheServerKeepsAnswering() {
        assertError(agentA.call("send_message", Map.of("to", List.of("GPT-Reviewer", "Nobody"), "subject", "hi")),
                "to: no agent with id or name 'Nobody' is registered in ");
        assertError(agentA.call("send_message", Map.of("subject", "hi")),
                "to must name at least one recipient, or the message be a broadcast");
        assertError(agentB.call("mark_read", Map.of("message_ids", List.of("no-such-id"))),
                "messageIds: no message 'no-such-id' in ");
        assertThat(messages(agentB.structured("fetch_inbox", Map.of())))
                .as("the servers share their organization with the other tests: none of theirs says hi")
                .noneMatch(message -> message.get("subject").equals("hi"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> message(Map<String, Object> structured) {
        return (Map<String, Object>) structured.get("message");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> messages(Map<String, Object> structured) {
        return (List<Map<String, Object>>) structured.get("messages");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> receipts(Map<String, Object> structured) {
        return (List<Map<String, Object>>) structured.get("receipts");
    }

    private void logEvents(String marker, int count) {
        IntStream.range(0, count).forEach(i -> agentA.structured("log_event", Map.of("category", "insight",
                "description", marker + " #" + i)));
    }

    /** Moves B's position past everything logged so far. */
    private static void drain(McpServerProcess agent) {
        while (!events(agent.structured("wait_for_events", Map.of("timeout_seconds", 0, "limit", 1000))).isEmpty()) {
            // keep reading
        }
    }

    private Map<String, Tool> toolsByName() {
        Map<String, Tool> tools = new java.util.HashMap<>();
        agentA.client().listTools().tools().forEach(tool -> tools.put(tool.name(), tool));
        return tools;
    }

    private static Object eventId(Map<String, Object> logged) {
        return ((Map<?, ?>) logged.get("event")).get("id");
    }

    private static void assertError(CallToolResult result, String message) {
        assertThat(result.isError()).as(McpServerProcess.text(result)).isTrue();
        assertThat(McpServerProcess.text(result)).startsWith(message);
    }

    private static long markedIn(List<Map<String, Object>> events, String marker) {
        return events.stream().filter(event -> String.valueOf(event.get("description")).startsWith(marker)).count();
    }

    private static List<Long> sequences(List<Map<String, Object>> events) {
        return events.stream().map(event -> ((Number) event.get("sequence")).longValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> properties(Map<String, Object> schema) {
        return (Map<String, Map<String, Object>>) schema.get("properties");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events(Map<String, Object> structured) {
        return (List<Map<String, Object>>) structured.get("events");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> tasks(Map<String, Object> structured) {
        return (List<Map<String, Object>>) structured.get("tasks");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> task(Map<String, Object> structured) {
        return (Map<String, Object>) structured.get("task");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> agents(Map<String, Object> structured) {
        return (List<Map<String, Object>>) structured.get("agents");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> blockers(Map<String, Object> structured) {
        return (List<Map<String, Object>>) structured.get("blockers");
    }
}
