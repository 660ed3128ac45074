package ai.ginko.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import ai.ginko.core.EventFilter;
import ai.ginko.core.EventLogger;
import ai.ginko.core.SessionCursor;
import ai.ginko.core.Subscription;
import ai.ginko.core.TaskFilter;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Closing a client: idempotent and final. That it leaves no thread behind is {@link ClientThreadsContract}, a class
 * of its own because it must have the JVM to itself, which these tests need not.
 */
public abstract class ClientLifecycleContract extends ContractTestSupport {

    /** What a test obtained from a client before closing it. */
    protected record Handles(CoordinationClient client, EventLogger logger, SessionCursor cursor,
            AgentSession started, AgentSession attached) {
    }

    @FunctionalInterface
    protected interface ClosedCall {
        void call(Handles handles) throws Exception;
    }

    @Test
    void closeIsIdempotent() {
        CoordinationClient client = client();
        client.close();

        assertThatCode(client::close).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callsAfterClose")
    void everyCallAfterCloseThrowsIllegalStateException(ClosedCall call) {
        CoordinationClient client = client();
        String attachedId = client.registerAgent(agentNamed("Attached")).id();
        Handles handles = new Handles(client, client.logger(), client.cursor(),
                client.startAgent(agentNamed("Started")), client.attachAgent(attachedId));
        long sequence = client().latestSequence();

        client.close();

        assertThatThrownBy(() -> call.call(handles)).isInstanceOf(IllegalStateException.class);
        assertThat(client().latestSequence()).isEqualTo(sequence);
    }

    static Stream<Arguments> callsAfterClose() {
        return Stream.of(
                closed("scope", h -> h.client().scope()),
                closed("settings", h -> h.client().settings()),
                closed("logger", h -> h.client().logger()),
                closed("cursor", h -> h.client().cursor()),
                closed("eventsSince", h -> h.client().eventsSince(0, 10)),
                closed("eventsByAgent", h -> h.client().eventsByAgent("agent_x", 0, 10)),
                closed("event", h -> h.client().event("some-id")),
                closed("latestSequence", h -> h.client().latestSequence()),
                closed("poll", h -> h.client().poll(0, Duration.ofMillis(10))),
                closed("poll with a limit", h -> h.client().poll(0, Duration.ZERO, 10)),
                closed("subscribe", h -> h.client().subscribe(0, EventFilter.all(), e -> { })),
                closed("publisher", h -> h.client().publisher(0, EventFilter.all())),
                closed("registerAgent", h -> h.client().registerAgent(AgentRegistration.named("Late"))),
                closed("startAgent", h -> h.client().startAgent(AgentRegistration.named("Late"))),
                closed("attachAgent", h -> h.client().attachAgent(h.attached().agentId())),
                closed("agents", h -> h.client().agents()),
                closed("agent", h -> h.client().agent(h.attached().agentId())),
                closed("deregisterAgent", h -> h.client().deregisterAgent(h.attached().agentId())),
                closed("claims", h -> h.client().claims()),
                closed("claimOf", h -> h.client().claimOf("TASK-1")),
                closed("activeBlockers", h -> h.client().activeBlockers()),
                closed("blockersAffecting", h -> h.client().blockersAffecting(List.of("TASK-1"))),
                closed("cursorOf", h -> h.client().cursorOf("user-1")),
                closed("cursors", h -> h.client().cursors()),
                closed("subscribeCursors", h -> h.client().subscribeCursors(p -> { })),
                closed("a logger obtained before close", h -> h.logger().log(EventCategory.FIX, "late")),
                closed("markSeen of a cursor obtained before close", h -> h.cursor().markSeen(1)),
                closed("handoff of a cursor obtained before close", h -> h.cursor().handoff("late")),
                closed("an agent's logger", h -> h.started().logger().log(EventCategory.FIX, "late")),
                closed("an agent's info", h -> h.attached().info()),
                closed("an agent's claim", h -> h.attached().claim("TASK-1")),
                closed("an agent's complete", h -> h.attached().complete("TASK-1")),
                closed("an agent's release", h -> h.attached().release("TASK-1")),
                closed("an agent's heartbeat", h -> h.attached().heartbeat()),
                closed("an agent's markSeen", h -> h.attached().cursor().markSeen(1)),
                closed("an agent's handoff", h -> h.started().cursor().handoff("late")),
                closed("tasks", h -> h.client().tasks()),
                closed("an agent's claimNext", h -> h.attached().claimNext(TaskFilter.any())),
                closed("an agent's waiting claimNext", h -> h.started().claimNext(TaskFilter.any(),
                        Duration.ofSeconds(1))),
                closed("an agent's reject", h -> h.attached().reject("TASK-1", "late")));
    }

    private static Arguments closed(String name, ClosedCall call) {
        return arguments(Named.of(name, call));
    }

    @Test
    void closingTheClientClosesItsSubscriptions() {
        CoordinationClient client = client();
        Subscription events = client.subscribe(0, EventFilter.all(), e -> { });
        Subscription cursors = client.subscribeCursors(p -> { });

        client.close();

        assertThat(events.isClosed()).isTrue();
        assertThat(cursors.isClosed()).isTrue();
    }

    @Test
    void closingTheClientMarksItsStartedAgentsOffline() {
        CoordinationClient client = client();
        AgentSession agent = client.startAgent(agentNamed("Stopped with the client"));

        client.close();

        assertThat(client().agent(agent.agentId()).orElseThrow().status()).isEqualTo(AgentStatus.OFFLINE);
    }

    @Test
    void closingASubscriptionTwiceIsFine() {
        Subscription subscription = client().subscribe(0, EventFilter.all(), e -> { });
        subscription.close();

        assertThatCode(subscription::close).doesNotThrowAnyException();
        assertThat(subscription.isClosed()).isTrue();
    }

    @Test
    void closingACursorSubscriptionTwiceIsFine() {
        Subscription subscription = client().subscribeCursors(p -> { });
        subscription.close();

        assertThatCode(subscription::close).doesNotThrowAnyException();
        assertThat(subscription.isClosed()).isTrue();
    }

    @Test
    void closingAnAgentSessionTwiceIsFine() {
        AgentSession agent = client().startAgent(agentNamed("Twice"));
        agent.close();

        assertThatCode(agent::close).doesNotThrowAnyException();
        assertThat(client().agent(agent.agentId()).orElseThrow().status()).isEqualTo(AgentStatus.OFFLINE);
    }

    @Test
    void closingTheClientAfterItsSubscriptionsAndSessionsIsFine() {
        CoordinationClient client = client();
        client.subscribe(0, EventFilter.all(), e -> { }).close();
        client.startAgent(agentNamed("Gone")).close();

        assertThatCode(client::close).doesNotThrowAnyException();
    }

    @Test
    void closingOneClientLeavesTheOthersWorking() throws Exception {
        CoordinationClient closed = client();
        CoordinationClient open = client();
        EventRecorder recorder = new EventRecorder();
        open.subscribe(0, EventFilter.all(), recorder);
        closed.logger().log(EventCategory.FIX, "before");

        closed.close();
        open.logger().log(EventCategory.FIX, "after");

        assertThat(recorder.awaitCount(2, VISIBLE)).isTrue();
        assertThat(open.latestSequence()).isEqualTo(2);
    }
}
