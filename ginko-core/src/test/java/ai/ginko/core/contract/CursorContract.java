package ai.ginko.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.CursorPosition;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Session cursors: written on every significant action in real-time mode, otherwise only by a handoff. */
public abstract class CursorContract extends ContractTestSupport {

    @Test
    void realtimeIsTheDefault() {
        CoordinationClient client = client();

        assertThat(client.cursor().realtime()).isTrue();
        assertThat(client.startAgent(agentNamed("Agent")).cursor().realtime()).isTrue();
    }

    @Test
    void realtimeCursorIsWrittenWhenAnAgentLogs() {
        AgentSession agent = client().startAgent(agentNamed("Logger"));

        Event event = agent.logger().log(EventCategory.FEATURE, "logged");

        CursorPosition position = client().cursorOf(agent.agentId()).orElseThrow();
        assertThat(position.ownerId()).isEqualTo(agent.agentId());
        assertThat(position.lastSequence()).isEqualTo(event.sequence());
        assertThat(position.lastAction()).contains("feature");
        assertThat(position.handoffNote()).isEmpty();
        assertThat(position.updatedAt()).as("written in the event's transaction").isEqualTo(event.timestamp());
        assertThat(agent.cursor().current()).isEqualTo(position);
    }

    @Test
    void realtimeCursorIsWrittenWhenAnAgentClaims() {
        AgentSession agent = client().startAgent(agentNamed("Claimer"));

        agent.claim("TASK-4");

        CursorPosition position = client().cursorOf(agent.agentId()).orElseThrow();
        Event claimEvent = client().eventsSince(0, 10).getLast();
        assertThat(position.currentTask()).contains("TASK-4");
        assertThat(position.lastAction()).contains("TASK-4");
        assertThat(position.lastSequence()).as("the claim's own TASK event").isEqualTo(claimEvent.sequence());
        assertThat(position.updatedAt()).as("written in the claim's transaction").isEqualTo(claimEvent.timestamp());
        assertThat(agent.cursor().current()).isEqualTo(position);
    }

    @Test
    void realtimeCursorIsWrittenWhenAnAgentCompletes() {
        AgentSession agent = client().startAgent(agentNamed("Finisher"));
        agent.claim("TASK-4");
        CursorPosition claimed = client().cursorOf(agent.agentId()).orElseThrow();

        agent.complete("TASK-4");

        CursorPosition position = client().cursorOf(agent.agentId()).orElseThrow();
        assertThat(position.lastSequence()).as("the completion's own TASK event")
                .isEqualTo(client().latestSequence());
        assertThat(position.currentTask()).isEmpty();
        assertThat(position.lastAction()).contains("TASK-4").isNotEqualTo(claimed.lastAction());
    }

    @Test
    void realtimeCursorIsWrittenWhenAnAgentReleases() {
        AgentSession agent = client().startAgent(agentNamed("Quitter"));
        agent.claim("TASK-4");
        CursorPosition claimed = client().cursorOf(agent.agentId()).orElseThrow();

        agent.release("TASK-4");

        CursorPosition position = client().cursorOf(agent.agentId()).orElseThrow();
        assertThat(position.lastSequence()).as("the release's own TASK event")
                .isEqualTo(client().latestSequence());
        assertThat(position.currentTask()).isEmpty();
        assertThat(position.lastAction()).contains("TASK-4").isNotEqualTo(claimed.lastAction());
    }

    @Test
    void realtimeCursorOfTheUserIsWrittenWhenTheUserLogs() {
        CoordinationClient client = client();

        Event event = client.logger().log(EventCategory.DECISION, "by the human");

        CursorPosition position = client().cursorOf(USER_ID).orElseThrow();
        assertThat(position.lastSequence()).isEqualTo(event.sequence());
        assertThat(client.cursor().current()).isEqualTo(position);
    }

    @Test
    void realtimeCursorIsWrittenWhenEventsAreMarkedSeen() {
        CoordinationClient client = client();

        client.cursor().markSeen(7);

        assertThat(client().cursorOf(USER_ID).orElseThrow().lastSequence()).isEqualTo(7);
    }

    @Test
    void withRealtimeOffNothingIsWrittenBeforeHandoff() {
        CoordinationClient client = client(settings -> settings.realtimeCursor(false));
        AgentSession agent = client.startAgent(agentNamed("Quiet"));

        Event event = agent.logger().log(EventCategory.FEATURE, "logged");
        agent.claim("TASK-4");
        long claimEvent = client.latestSequence();
        agent.cursor().markSeen(event.sequence());
        client.logger().log(EventCategory.FIX, "by the human");

        assertThat(agent.cursor().realtime()).isFalse();
        assertThat(client().cursorOf(agent.agentId())).isEmpty();
        assertThat(client().cursorOf(USER_ID)).isEmpty();
        assertThat(agent.cursor().current().currentTask()).contains("TASK-4");
        assertThat(agent.cursor().current().lastSequence()).as("the claim's own event").isEqualTo(claimEvent);
    }

    @Test
    void withRealtimeOffHandoffWritesThePositionWithTheNote() {
        CoordinationClient client = client(settings -> settings.realtimeCursor(false));
        AgentSession agent = client.startAgent(agentNamed("Quiet"));
        agent.logger().log(EventCategory.FEATURE, "logged");
        agent.claim("TASK-4");
        long claimEvent = client.latestSequence();

        CursorPosition handedOff = agent.cursor().handoff("Tests pass; docs left");

        CursorPosition stored = client().cursorOf(agent.agentId()).orElseThrow();
        assertThat(stored).isEqualTo(handedOff);
        assertThat(stored.lastSequence()).isEqualTo(claimEvent);
        assertThat(stored.currentTask()).contains("TASK-4");
        assertThat(stored.lastAction()).isEqualTo("handoff");
        assertThat(stored.handoffNote()).contains("Tests pass; docs left");
    }

    @Test
    void inRealtimeModeHandoffWritesThePositionWithTheNote() {
        AgentSession agent = client().startAgent(agentNamed("Loud"));
        Event event = agent.logger().log(EventCategory.FEATURE, "logged");

        agent.cursor().handoff("over to you");

        CursorPosition stored = client().cursorOf(agent.agentId()).orElseThrow();
        assertThat(stored.lastSequence()).isEqualTo(event.sequence());
        assertThat(stored.lastAction()).isEqualTo("handoff");
        assertThat(stored.handoffNote()).contains("over to you");
    }

    @Test
    void markSeenNeverMovesBackwards() {
        CoordinationClient client = client();
        client.cursor().markSeen(5);

        CursorPosition position = client.cursor().markSeen(3);

        assertThat(position.lastSequence()).isEqualTo(5);
        assertThat(client.cursor().current().lastSequence()).isEqualTo(5);
        assertThat(client().cursorOf(USER_ID).orElseThrow().lastSequence()).isEqualTo(5);
    }

    @Test
    void aNewSessionResumesFromTheHandedOffPosition() {
        CoordinationClient first = client();
        AgentSession agent = first.startAgent(agentNamed("Resumable"));
        Event event = agent.logger().log(EventCategory.FEATURE, "logged");
        agent.cursor().handoff("stopped here");

        CursorPosition resumed = client().attachAgent(agent.agentId()).cursor().current();

        assertThat(resumed.lastSequence()).isEqualTo(event.sequence());
        assertThat(resumed.handoffNote()).contains("stopped here");
    }

    @Test
    void cursorsListsTheWrittenCursorsByOwner() {
        CoordinationClient client = client();
        AgentSession agent = client.startAgent(agentNamed("Agent"));
        agent.logger().log(EventCategory.FIX, "agent");
        client.logger().log(EventCategory.FIX, "human");

        assertThat(client().cursors()).extracting(CursorPosition::ownerId)
                .containsExactlyElementsOf(List.of(agent.agentId(), USER_ID).stream().sorted().toList());
    }

    @Test
    void cursorOfAnUnknownOwnerIsEmpty() {
        assertThat(client().cursorOf("nobody")).isEmpty();
    }

    @Test
    void subscribeCursorsDeliversAnotherClientsChange() throws Exception {
        CoordinationClient watcher = client();
        CoordinationClient actor = client();
        AgentSession agent = actor.startAgent(agentNamed("Watched"));
        List<CursorPosition> seen = new CopyOnWriteArrayList<>();
        watcher.subscribeCursors(seen::add);

        Event event = agent.logger().log(EventCategory.FEATURE, "moved");

        awaitTrue(VISIBLE, "the cursor change arrives", () -> seen.stream()
                .anyMatch(p -> p.ownerId().equals(agent.agentId()) && p.lastSequence() == event.sequence()));
    }

    @Test
    void subscribeCursorsDeliversOnlyChangesAfterSubscribing() throws Exception {
        CoordinationClient watcher = client();
        CoordinationClient actor = client();
        actor.logger().log(EventCategory.FIX, "writes the user's cursor before the subscription");
        AgentSession agent = actor.startAgent(agentNamed("Later"));
        List<CursorPosition> seen = new CopyOnWriteArrayList<>();
        watcher.subscribeCursors(seen::add);

        agent.claim("TASK-1");

        awaitTrue(VISIBLE, "the agent's cursor arrives",
                () -> seen.stream().anyMatch(p -> p.ownerId().equals(agent.agentId())));
        Thread.sleep(QUIET.toMillis());
        assertThat(seen).extracting(CursorPosition::ownerId).doesNotContain(USER_ID);
    }
}
