package ai.ginko.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.Blocker;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.CursorPosition;
import ai.ginko.core.EventCategory;
import ai.ginko.core.EventFilter;
import ai.ginko.core.Importance;
import ai.ginko.core.InboxQuery;
import ai.ginko.core.Message;
import ai.ginko.core.MessageDraft;
import ai.ginko.core.ReplyDraft;
import ai.ginko.core.NewEvent;
import ai.ginko.core.Reservation;
import ai.ginko.core.ReservationRequest;
import ai.ginko.core.ReservationSelector;
import ai.ginko.core.Severity;
import ai.ginko.core.TaskClaim;
import ai.ginko.core.TaskDefinition;
import ai.ginko.core.TaskFilter;
import ai.ginko.core.TaskView;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry point rejects bad input with an {@link IllegalArgumentException} whose message starts with the
 * offending field, before anything reaches the store.
 *
 * <p>The cases share one history, made before the first of them, and run one after the other: each reads the state
 * after its call and compares it with the state after the case before (or after the history was made), so a case
 * that wrote anything fails itself, whatever ran before it. (A history of each case's own cost ten writes and
 * fourteen reads a case, for 195 cases, and proved nothing more.) The history's client sends no heartbeat during the
 * class's run, so that nothing but the cases' calls can change the state.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BadInputContract extends ContractTestSupport {

    private static final String LONG_ID = "x".repeat(257);
    private static final String LONG_DESCRIPTION = "x".repeat(64 * 1024 + 1);
    /** Fewer characters than the limit, more bytes: the limit counts UTF-8 bytes. */
    private static final String LONG_MULTIBYTE_DESCRIPTION = "é".repeat(32 * 1024 + 1);
    private static final String LONG_TEXT = "x".repeat(4 * 1024 + 1);

    private CoordinationClient client;
    private AgentSession agent;
    private State before;

    /** What a rejected call must leave unchanged. */
    private record State(long latestSequence, List<String> agents, List<TaskClaim> claims,
            List<CursorPosition> cursors, List<TaskView> tasks, List<Message> inbox,
            List<Reservation> reservations) {

        static State of(CoordinationClient client) {
            return new State(client.latestSequence(),
                    client.agents().stream().map(a -> a.id() + ":" + a.name()).toList(),
                    client.claims(), client.cursors(), client.tasks().all(),
                    client.inbox("agent_fixture", InboxQuery.newest()), client.reservations());
        }
    }

    @FunctionalInterface
    protected interface BadCall {
        void call(CoordinationClient client, AgentSession agent) throws Exception;
    }

    @BeforeEach
    void makeTheHistoryOnce() {
        if (client == null) {
            makeSomeHistory();
            before = State.of(client);
        }
    }

    @AfterAll
    void closeTheHistorysClient() {
        if (client != null) {
            agent.close();
            client.close();
        }
    }

    private void makeSomeHistory() {
        client = newClient(settingsFor(freshScope()).heartbeatInterval(Duration.ofHours(1)).build());
        AgentInfo registered = client.registerAgent(new AgentRegistration("agent_fixture", "Fixture", List.of()));
        agent = client.attachAgent(registered.id());
        agent.claim("TASK-1");
        client.tasks().define(List.of(TaskDefinition.of("TASK-1", "claimed"), TaskDefinition.of("TASK-2", "open")));
        agent.reservations().reserve(ReservationRequest.of(List.of("src/existing/**")));
        client.logger().log(EventCategory.FEATURE, "existing");
        client.registerAgent(new AgentRegistration("agent_peer", "Peer", List.of()));
        client.attachAgent("agent_peer").messages().send(MessageDraft.to("Fixture").subject("existing").build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCalls")
    void isRejectedNamingTheFieldAndWritesNothing(BadCall badCall, String field) {
        Throwable thrown = catchThrowable(() -> badCall.call(client, agent));
        State after = State.of(client);
        State expected = before;
        before = after; // the next case's state before its call, whatever this case did
        assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(field);
        assertThat(after).isEqualTo(expected);
    }

    static Stream<Arguments> badCalls() {
        return Stream.of(
                // reading events
                bad("eventsSince with a negative afterSequence", "afterSequence", (c, a) -> c.eventsSince(-1, 10)),
                bad("eventsSince with limit 0", "limit", (c, a) -> c.eventsSince(0, 0)),
                bad("eventsSince with limit 1001", "limit", (c, a) -> c.eventsSince(0, 1001)),
                bad("eventsByAgent with a null agent", "agentId", (c, a) -> c.eventsByAgent(null, 0, 10)),
                bad("eventsByAgent with a blank agent", "agentId", (c, a) -> c.eventsByAgent(" ", 0, 10)),
                bad("eventsByAgent with a too long agent", "agentId", (c, a) -> c.eventsByAgent(LONG_ID, 0, 10)),
                bad("eventsByAgent with a negative afterSequence", "afterSequence",
                        (c, a) -> c.eventsByAgent("agent_fixture", -1, 10)),
                bad("eventsByAgent with limit 0", "limit", (c, a) -> c.eventsByAgent("agent_fixture", 0, 0)),
                bad("eventsByAgent with limit 1001", "limit", (c, a) -> c.eventsByAgent("agent_fixture", 0, 1001)),
                bad("event with a null id", "eventId", (c, a) -> c.event(null)),
                bad("event with a too long id", "eventId", (c, a) -> c.event(LONG_ID)),
                bad("poll with a negative afterSequence", "afterSequence",
                        (c, a) -> c.poll(-1, Duration.ofSeconds(1))),
                bad("poll with a null timeout", "timeout", (c, a) -> c.poll(0, null)),
                bad("poll with a negative timeout", "timeout", (c, a) -> c.poll(0, Duration.ofMillis(-1))),
                bad("poll with a timeout over 30 s", "timeout", (c, a) -> c.poll(0, Duration.ofSeconds(31))),
                bad("poll with limit 0", "limit", (c, a) -> c.poll(0, Duration.ofSeconds(1), 0)),
                bad("poll with limit 1001", "limit", (c, a) -> c.poll(0, Duration.ofSeconds(1), 1001)),
                bad("subscribe with a negative afterSequence", "afterSequence",
                        (c, a) -> c.subscribe(-1, EventFilter.all(), e -> { })),
                bad("subscribe with a null filter", "filter", (c, a) -> c.subscribe(0, null, e -> { })),
                bad("subscribe with a null listener", "listener", (c, a) -> c.subscribe(0, EventFilter.all(), null)),
                bad("subscribe with a filter of null categories", "categories",
                        (c, a) -> c.subscribe(0, EventFilter.categories(null), e -> { })),
                bad("subscribe with a filter of null agents", "agentIds",
                        (c, a) -> c.subscribe(0, EventFilter.agents(null), e -> { })),
                bad("subscribe with a filter of a null agent", "agentIds",
                        (c, a) -> c.subscribe(0, EventFilter.agents(Arrays.asList("agent_fixture", null)), e -> { })),
                bad("subscribe with a filter of null tasks", "taskIds",
                        (c, a) -> c.subscribe(0, EventFilter.blockersAffecting(null), e -> { })),
                bad("publisher with a negative afterSequence", "afterSequence",
                        (c, a) -> c.publisher(-1, EventFilter.all())),
                bad("publisher with a null filter", "filter", (c, a) -> c.publisher(0, null)),
                bad("claimOf with a null task", "taskId", (c, a) -> c.claimOf(null)),
                bad("claimOf with a too long task", "taskId", (c, a) -> c.claimOf(LONG_ID)),
                bad("blockersAffecting with null tasks", "taskIds", (c, a) -> c.blockersAffecting(null)),
                bad("blockersAffecting with a blank task", "taskIds", (c, a) -> c.blockersAffecting(List.of(" "))),
                bad("blockersAffecting with a null task", "taskIds",
                        (c, a) -> c.blockersAffecting(Arrays.asList("TASK-1", null))),
                bad("cursorOf with a null owner", "ownerId", (c, a) -> c.cursorOf(null)),
                bad("cursorOf with a too long owner", "ownerId", (c, a) -> c.cursorOf(LONG_ID)),
                bad("agent with a null id", "agentId", (c, a) -> c.agent(null)),
                bad("subscribeCursors with a null listener", "listener", (c, a) -> c.subscribeCursors(null)),

                // logging events
                bad("log of a null event", "event", (c, a) -> c.logger().log(null)),
                bad("log by an agent of a null event", "event", (c, a) -> a.logger().log(null)),
                bad("log with a null category", "category", (c, a) -> c.logger().log(null, "text")),
                bad("log with a null description", "description",
                        (c, a) -> c.logger().log(EventCategory.FIX, null)),
                bad("log with a blank description", "description", (c, a) -> c.logger().log(EventCategory.FIX, " \t")),
                bad("log with a description over 64 KiB", "description",
                        (c, a) -> c.logger().log(EventCategory.FIX, LONG_DESCRIPTION)),
                bad("log with a description over 64 KiB in UTF-8", "description",
                        (c, a) -> a.logger().log(EventCategory.FIX, LONG_MULTIBYTE_DESCRIPTION)),
                bad("log with an impact over 4 KiB", "impact",
                        (c, a) -> c.logger().log(event().impact(LONG_TEXT).build())),
                bad("log with a blank impact", "impact", (c, a) -> c.logger().log(event().impact(" ").build())),
                bad("log with a null impact", "impact", (c, a) -> c.logger().log(event().impact(null).build())),
                bad("log with metadata over 256 KiB", "metadata",
                        (c, a) -> c.logger().log(event().metadata("big", "x".repeat(256 * 1024)).build())),
                bad("log with a null metadata value", "metadata.key",
                        (c, a) -> c.logger().log(event().metadata("key", null).build())),
                bad("log with a nested null metadata value", "metadata.outer.inner",
                        (c, a) -> c.logger().log(event().metadata("outer", nullValued("inner")).build())),
                bad("log with a null metadata key", "metadata",
                        (c, a) -> c.logger().log(event().metadata(nullValued(null)).build())),
                bad("log with metadata of an unsupported type", "metadata.when",
                        (c, a) -> c.logger().log(event().metadata("when", Instant.now()).build())),
                bad("log with a non-finite metadata number", "metadata.ratio",
                        (c, a) -> c.logger().log(event().metadata("ratio", Double.NaN).build())),
                bad("log with a too long task id", "taskId", (c, a) -> c.logger().log(event().taskId(LONG_ID).build())),
                bad("log with a task id holding a control character", "taskId",
                        (c, a) -> c.logger().log(event().taskId("TASK\n1").build())),
                bad("log with a null task id", "taskId", (c, a) -> c.logger().log(event().taskId(null).build())),
                bad("log of a blocker on a non-blocker category", "blocker",
                        (c, a) -> c.logger().log(event().blocker(someBlocker()).build())),
                bad("log of a blocker category without a blocker", "blocker",
                        (c, a) -> c.logger().log(EventCategory.BLOCKER, "no blocker")),
                bad("logBlocker with a null blocker", "blocker", (c, a) -> c.logger().logBlocker("text", null)),
                bad("logBlocker with a blank blockedBy", "blockedBy",
                        (c, a) -> c.logger().logBlocker("text", Blocker.of(" ", Severity.LOW, List.of()))),
                bad("logBlocker with a too long blockedBy", "blockedBy",
                        (c, a) -> c.logger().logBlocker("text", Blocker.of(LONG_TEXT, Severity.LOW, List.of()))),
                bad("logBlocker with a null severity", "severity",
                        (c, a) -> c.logger().logBlocker("text", Blocker.of("x", null, List.of()))),
                bad("logBlocker with null blocking tasks", "blockingTasks",
                        (c, a) -> c.logger().logBlocker("text", Blocker.of("x", Severity.LOW, null))),
                bad("logBlocker with duplicate blocking tasks", "blockingTasks",
                        (c, a) -> c.logger().logBlocker("text", Blocker.of("x", Severity.LOW, List.of("T", "T")))),
                bad("logBlocker with a null blocking task", "blockingTasks",
                        (c, a) -> c.logger().logBlocker("text",
                                Blocker.of("x", Severity.LOW, Arrays.asList("T", null)))),
                bad("logBlocker with over 100 blocking tasks", "blockingTasks",
                        (c, a) -> c.logger().logBlocker("text", Blocker.of("x", Severity.LOW, taskIds(101)))),
                bad("resolveBlocker with a null blocker id", "resolvesEventId",
                        (c, a) -> c.logger().resolveBlocker(null, "text")),
                bad("resolveBlocker with a too long blocker id", "resolvesEventId",
                        (c, a) -> c.logger().resolveBlocker(LONG_ID, "text")),
                bad("resolveBlocker with a blank description", "description",
                        (c, a) -> c.logger().resolveBlocker("some-id", " ")),
                bad("log of a resolution on a non-resolution category", "resolvesEventId",
                        (c, a) -> c.logger().log(event().resolves("some-id").build())),
                bad("log of a resolution category without a blocker id", "resolvesEventId",
                        (c, a) -> c.logger().log(EventCategory.BLOCKER_RESOLVED, "resolves nothing")),

                // messages
                bad("send a null draft", "draft", (c, a) -> a.messages().send(null)),
                bad("send with a null subject", "subject", (c, a) -> a.messages().send(MessageDraft.to("Peer")
                        .build())),
                bad("send with a blank subject", "subject", (c, a) -> a.messages().send(toPeer(" ").build())),
                bad("send with a subject over 200 characters", "subject",
                        (c, a) -> a.messages().send(toPeer("x".repeat(201)).build())),
                bad("send with a subject of two lines", "subject",
                        (c, a) -> a.messages().send(toPeer("one\ntwo").build())),
                bad("send with a blank body", "body", (c, a) -> a.messages().send(toPeer("s").body(" ").build())),
                bad("send with a body over 64 KiB", "body",
                        (c, a) -> a.messages().send(toPeer("s").body(LONG_MULTIBYTE_DESCRIPTION).build())),
                bad("send to nobody", "to", (c, a) -> a.messages().send(MessageDraft.to(List.of()).subject("s")
                        .build())),
                bad("send to over 100 recipients", "to",
                        (c, a) -> a.messages().send(MessageDraft.to(taskIds(101)).subject("s").build())),
                bad("send to a blank recipient", "to[1]",
                        (c, a) -> a.messages().send(MessageDraft.to("Peer", " ").subject("s").build())),
                bad("send to a null recipient", "to[0]",
                        (c, a) -> a.messages().send(MessageDraft.to(Arrays.asList((String) null)).subject("s")
                                .build())),
                bad("send to a recipient twice", "to",
                        (c, a) -> a.messages().send(MessageDraft.to("Peer", "Peer").subject("s").build())),
                bad("a broadcast naming recipients", "to", (c, a) -> a.messages().send(new MessageDraft(
                        List.of("Peer"), true, "s", Optional.empty(), Importance.NORMAL, false,
                        Optional.empty(), Optional.empty()))),
                bad("send with a null importance", "importance",
                        (c, a) -> a.messages().send(toPeer("s").importance(null).build())),
                bad("send with a too long task id", "taskId",
                        (c, a) -> a.messages().send(toPeer("s").taskId(LONG_ID).build())),
                bad("send in a blank thread", "threadId",
                        (c, a) -> a.messages().send(toPeer("s").threadId(" ").build())),
                bad("reply to a null message", "messageId",
                        (c, a) -> a.messages().reply(null, ReplyDraft.withBody("b"))),
                bad("reply with a null draft", "draft", (c, a) -> a.messages().reply("some-id", null)),
                bad("reply with a body over 64 KiB", "body",
                        (c, a) -> a.messages().reply("some-id", ReplyDraft.withBody(LONG_DESCRIPTION))),
                bad("reply to a recipient twice", "to", (c, a) -> a.messages().reply("some-id",
                        ReplyDraft.builder().to(List.of("Peer", "Peer")).build())),
                bad("inbox with a null query", "query", (c, a) -> a.messages().inbox(null)),
                bad("inbox with limit 0", "limit",
                        (c, a) -> a.messages().inbox(InboxQuery.builder().limit(0).build())),
                bad("inbox with limit 1001", "limit",
                        (c, a) -> a.messages().inbox(InboxQuery.builder().limit(1001).build())),
                bad("inbox after a negative sequence", "afterSequence",
                        (c, a) -> a.messages().inbox(InboxQuery.builder().afterSequence(-1).build())),
                bad("inbox before sequence 0", "beforeSequence",
                        (c, a) -> a.messages().inbox(InboxQuery.builder().beforeSequence(0).build())),
                bad("inbox both after and before a sequence", "beforeSequence",
                        (c, a) -> a.messages().inbox(InboxQuery.builder().afterSequence(1).beforeSequence(9).build())),
                bad("inbox with a negative ack-overdue age", "ackOverdue",
                        (c, a) -> a.messages().inbox(InboxQuery.builder().ackOverdue(Duration.ofMinutes(-1)).build())),
                bad("inbox of a blank thread", "threadId",
                        (c, a) -> a.messages().inbox(InboxQuery.builder().threadId(" ").build())),
                bad("the client's inbox of a null agent", "agentId", (c, a) -> c.inbox(null, InboxQuery.newest())),
                bad("the client's inbox with a null query", "query", (c, a) -> c.inbox("agent_fixture", null)),
                bad("markRead of no message", "messageIds", (c, a) -> a.messages().markRead(List.of())),
                bad("markRead of null", "messageIds", (c, a) -> a.messages().markRead(null)),
                bad("markRead of 1001 messages", "messageIds", (c, a) -> a.messages().markRead(taskIds(1001))),
                bad("markRead of a message twice", "messageIds",
                        (c, a) -> a.messages().markRead(List.of("m", "m"))),
                bad("acknowledge a blank message id", "messageIds[0]",
                        (c, a) -> a.messages().acknowledge(List.of(" "))),
                bad("thread of a null message", "messageId", (c, a) -> a.messages().thread(null)),
                bad("message with a too long id", "messageId", (c, a) -> a.messages().message(LONG_ID)),
                bad("inboxCounts with a null age", "ackOverdueAfter", (c, a) -> c.inboxCounts(null)),
                bad("inboxCounts with a negative age", "ackOverdueAfter",
                        (c, a) -> c.inboxCounts(Duration.ofSeconds(-1))),
                bad("log of a message event", "category", (c, a) -> a.logger().log(EventCategory.MESSAGE, "sneaky")),

                // agents
                bad("registerAgent with a null registration", "registration", (c, a) -> c.registerAgent(null)),
                bad("startAgent with a null registration", "registration", (c, a) -> c.startAgent(null)),
                bad("registerAgent with a too long id", "agentId",
                        (c, a) -> c.registerAgent(new AgentRegistration(LONG_ID, "Name", List.of()))),
                bad("registerAgent with a blank id", "agentId",
                        (c, a) -> c.registerAgent(new AgentRegistration(" ", "Name", List.of()))),
                bad("registerAgent with a blank name", "name",
                        (c, a) -> c.registerAgent(new AgentRegistration("agent_x", " ", List.of()))),
                bad("registerAgent with a name over 4 KiB", "name",
                        (c, a) -> c.registerAgent(AgentRegistration.named(LONG_TEXT))),
                bad("startAgent with a null name", "name", (c, a) -> c.startAgent(AgentRegistration.named(null))),
                bad("registerAgent with duplicate capabilities", "capabilities",
                        (c, a) -> c.registerAgent(AgentRegistration.named("Name")
                                .withCapabilities(List.of("java", "java")))),
                bad("registerAgent with null capabilities", "capabilities",
                        (c, a) -> c.registerAgent(AgentRegistration.named("Name").withCapabilities(null))),
                bad("registerAgent with a null capability", "capabilities",
                        (c, a) -> c.registerAgent(AgentRegistration.named("Name")
                                .withCapabilities(Arrays.asList("java", null)))),
                bad("registerAgent with a too long id set later", "agentId",
                        (c, a) -> c.registerAgent(AgentRegistration.named("Name").withId(LONG_ID))),
                bad("attachAgent with a null id", "agentId", (c, a) -> c.attachAgent(null)),
                bad("attachAgent with a too long id", "agentId", (c, a) -> c.attachAgent(LONG_ID)),
                bad("deregisterAgent with a null id", "agentId", (c, a) -> c.deregisterAgent(null)),
                bad("deregisterAgent with a blank id", "agentId", (c, a) -> c.deregisterAgent(" ")),

                // tasks
                bad("claim of a null task", "taskId", (c, a) -> a.claim(null)),
                bad("claim of a blank task", "taskId", (c, a) -> a.claim("")),
                bad("claim of a too long task", "taskId", (c, a) -> a.claim(LONG_ID)),
                bad("complete of a null task", "taskId", (c, a) -> a.complete(null)),
                bad("complete of a too long task", "taskId", (c, a) -> a.complete(LONG_ID)),
                bad("release of a blank task", "taskId", (c, a) -> a.release(" ")),

                // the task graph
                bad("define of null definitions", "definitions",
                        (c, a) -> c.tasks().define((List<TaskDefinition>) null)),
                bad("define of no definitions", "definitions", (c, a) -> c.tasks().define(List.of())),
                bad("define of 501 definitions", "definitions", (c, a) -> c.tasks().define(definitions(501))),
                bad("define of a null definition", "definitions[1]",
                        (c, a) -> c.tasks().define(Arrays.asList(TaskDefinition.of("T-1", "t"), null))),
                bad("define of one task twice", "definitions",
                        (c, a) -> c.tasks().define(List.of(TaskDefinition.of("T-1", "t"),
                                TaskDefinition.of("T-1", "u")))),
                bad("define of a task with a blank id", "id", (c, a) -> c.tasks().define(TaskDefinition.of(" ", "t"))),
                bad("define of a task with a too long id", "id",
                        (c, a) -> c.tasks().define(TaskDefinition.of(LONG_ID, "t"))),
                bad("define of a task with a null title", "title",
                        (c, a) -> c.tasks().define(TaskDefinition.of("T-1", null))),
                bad("define of a task with a title over 4 KiB", "title",
                        (c, a) -> c.tasks().define(TaskDefinition.of("T-1", LONG_TEXT))),
                bad("define of a task with priority 5", "priority",
                        (c, a) -> c.tasks().define(TaskDefinition.builder("T-1", "t").priority(5).build())),
                bad("define of a task with priority -1", "priority",
                        (c, a) -> c.tasks().define(TaskDefinition.builder("T-1", "t").priority(-1).build())),
                bad("define of a task with a duplicate dependency", "dependsOn",
                        (c, a) -> c.tasks().define(TaskDefinition.builder("T-1", "t")
                                .dependsOn(List.of("TASK-2", "TASK-2")).build())),
                bad("define of a task with a null dependency", "dependsOn",
                        (c, a) -> c.tasks().define(TaskDefinition.builder("T-1", "t")
                                .dependsOn(Arrays.asList("TASK-2", null)).build())),
                bad("define of a task with over 100 capabilities", "capabilities",
                        (c, a) -> c.tasks().define(TaskDefinition.builder("T-1", "t").capabilities(taskIds(101))
                                .build())),
                bad("define of a task with a blank estimate", "estimate",
                        (c, a) -> c.tasks().define(TaskDefinition.builder("T-1", "t").estimate(" ").build())),
                bad("define of a task with a description over 64 KiB", "description",
                        (c, a) -> c.tasks().define(TaskDefinition.builder("T-1", "t").description(LONG_DESCRIPTION)
                                .build())),
                bad("define of a task with an unknown dependency", "dependsOn",
                        (c, a) -> c.tasks().define(TaskDefinition.builder("T-1", "t").dependsOn(List.of("NOPE"))
                                .build())),
                bad("define of a cycle", "dependsOn",
                        (c, a) -> c.tasks().define(TaskDefinition.builder("TASK-2", "t").dependsOn(List.of("TASK-2"))
                                .build())),
                bad("define changing the dependencies of a claimed task", "dependsOn",
                        (c, a) -> c.tasks().define(TaskDefinition.builder("TASK-1", "t").dependsOn(List.of("TASK-2"))
                                .build())),
                bad("ready with a null filter", "filter", (c, a) -> c.tasks().ready((TaskFilter) null, 10)),
                bad("ready with limit 0", "limit", (c, a) -> c.tasks().ready(TaskFilter.any(), 0)),
                bad("ready with limit 1001", "limit", (c, a) -> c.tasks().ready(TaskFilter.any(), 1001)),
                bad("ready with null capabilities", "capabilities",
                        (c, a) -> c.tasks().ready((List<String>) null, 10)),
                bad("ready with a blank capability", "capabilities[0]", (c, a) -> c.tasks().ready(List.of(" "), 10)),
                bad("readyFor a null agent", "agentId", (c, a) -> c.tasks().readyFor(null, TaskFilter.any(), 10)),
                bad("a filter excluding a null task", "excludedTaskIds",
                        (c, a) -> TaskFilter.any().excluding(Arrays.asList("T", null))),
                bad("task with a null id", "taskId", (c, a) -> c.tasks().task(null)),
                bad("dependencies of a too long id", "taskId", (c, a) -> c.tasks().dependencies(LONG_ID)),
                bad("assign a null task", "taskId", (c, a) -> c.tasks().assign(null, "agent_fixture")),
                bad("assign to a blank agent", "agentId", (c, a) -> c.tasks().assign("TASK-2", " ")),
                bad("assign with a blank note", "note", (c, a) -> c.tasks().assign("TASK-2", "agent_fixture", " ")),
                bad("claimNext with a null filter", "filter", (c, a) -> a.claimNext(null)),
                bad("claimNext waiting with a null timeout", "timeout", (c, a) -> a.claimNext(TaskFilter.any(), null)),
                bad("claimNext waiting a negative time", "timeout",
                        (c, a) -> a.claimNext(TaskFilter.any(), Duration.ofMillis(-1))),
                bad("claimNext waiting over an hour", "timeout",
                        (c, a) -> a.claimNext(TaskFilter.any(), Duration.ofMinutes(61))),
                bad("reject a null task", "taskId", (c, a) -> a.reject(null, "why")),
                bad("reject with a blank reason", "reason", (c, a) -> a.reject("TASK-2", " ")),
                bad("subscribe to the assignments of a null agent", "agentId",
                        (c, a) -> c.subscribe(0, EventFilter.assignmentsTo(null), e -> { })),

                // path reservations
                bad("reserve a null request", "request", (c, a) -> a.reservations().reserve(null)),
                bad("reserve null patterns", "patterns", (c, a) -> reserve(null)),
                bad("reserve no pattern", "patterns", (c, a) -> reserve(List.of())),
                bad("reserve 101 patterns", "patterns", (c, a) -> reserve(IntStream.range(0, 101)
                        .mapToObj(i -> "p" + i + "/**").toList())),
                bad("reserve a blank pattern", "patterns[1]", (c, a) -> reserve(List.of("ok/**", " "))),
                bad("reserve an empty pattern", "patterns[0]", (c, a) -> reserve(List.of(""))),
                bad("reserve an absolute path", "patterns[0]", (c, a) -> reserve(List.of("/etc/passwd"))),
                bad("reserve a '..' segment", "patterns[0]", (c, a) -> reserve(List.of("src/../../secrets"))),
                bad("reserve a pattern over 1024 characters", "patterns[0]",
                        (c, a) -> reserve(List.of("a".repeat(1025)))),
                bad("reserve an unbalanced '['", "patterns[0]", (c, a) -> reserve(List.of("src/[ab.java"))),
                bad("reserve a pattern twice", "patterns", (c, a) -> reserve(List.of("src/**", "src/**"))),
                bad("reserve for 59 seconds", "ttl", (c, a) -> a.reservations().reserve(
                        ReservationRequest.builder(List.of("src/**")).ttl(Duration.ofSeconds(59)).build())),
                bad("reserve for 24 hours and a second", "ttl", (c, a) -> a.reservations().reserve(
                        ReservationRequest.builder(List.of("src/**")).ttl(Duration.ofHours(24).plusSeconds(1))
                                .build())),
                bad("reserve with a blank reason", "reason", (c, a) -> a.reservations().reserve(
                        ReservationRequest.builder(List.of("src/**")).reason(" ").build())),
                bad("renew by an extension over 24 hours", "extension",
                        (c, a) -> a.reservations().renew(ReservationSelector.all(), Duration.ofHours(25))),
                bad("renew with a null selector", "selector",
                        (c, a) -> a.reservations().renew(null, Duration.ofHours(1))),
                bad("release by a blank id", "reservationIds[0]",
                        (c, a) -> a.reservations().release(ReservationSelector.ids(List.of(" ")))),
                bad("release by an absolute pattern", "patterns[0]",
                        (c, a) -> a.reservations().release(ReservationSelector.patterns(List.of("/src")))),
                bad("holders of 1001 paths", "paths",
                        (c, a) -> c.holders(IntStream.range(0, 1001).mapToObj(i -> "f" + i).toList())),
                bad("holders of an absolute path", "paths[1]", (c, a) -> c.holders(List.of("ok", "/etc/passwd"))),
                bad("holders of a directory", "paths[0]", (c, a) -> c.holders(List.of("src/"))),
                bad("holders of a '..' path", "paths[0]", (c, a) -> c.holders(List.of("../x"))),

                // cursors
                bad("markSeen of a negative sequence", "sequence", (c, a) -> c.cursor().markSeen(-1)),
                bad("markSeen by an agent of a negative sequence", "sequence", (c, a) -> a.cursor().markSeen(-1)),
                bad("handoff with a null note", "note", (c, a) -> a.cursor().handoff(null)),
                bad("handoff with a blank note", "note", (c, a) -> c.cursor().handoff(" ")),
                bad("handoff with a note over 64 KiB", "note", (c, a) -> a.cursor().handoff(LONG_DESCRIPTION)));
    }

    private static Arguments bad(String name, String field, BadCall call) {
        return arguments(Named.of(name, call), field);
    }

    private static MessageDraft.Builder toPeer(String subject) {
        return MessageDraft.to("Peer").subject(subject);
    }

    /** An exclusive request of these patterns, built and so checked before any agent sees it. */
    private static ReservationRequest reserve(List<String> patterns) {
        return ReservationRequest.of(patterns);
    }

    private static NewEvent.Builder event() {
        return NewEvent.builder(EventCategory.FEATURE, "otherwise valid");
    }

    private static Blocker someBlocker() {
        return Blocker.of("x", Severity.LOW, List.of());
    }

    /** A map holding a null, which {@code Map.of} cannot. */
    private static Map<String, Object> nullValued(String key) {
        Map<String, Object> map = new HashMap<>();
        map.put(key, key == null ? "value" : null);
        return map;
    }

    private static List<TaskDefinition> definitions(int count) {
        return IntStream.range(0, count).mapToObj(i -> TaskDefinition.of("T-" + i, "task " + i)).toList();
    }

    private static List<String> taskIds(int count) {
        return IntStream.range(0, count).mapToObj(i -> "TASK-" + i).toList();
    }
}
