package ai.ginko.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.Blocker;
import ai.ginko.core.ClaimOutcome;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.EventFilter;
import ai.ginko.core.InboxQuery;
import ai.ginko.core.Message;
import ai.ginko.core.MessageDraft;
import ai.ginko.core.ReplyDraft;
import ai.ginko.core.Reservation;
import ai.ginko.core.ReservationRequest;
import ai.ginko.core.ReservationSelector;
import ai.ginko.core.Scope;
import ai.ginko.core.Severity;
import ai.ginko.core.UnknownAgentException;
import ai.ginko.core.UnknownBlockerException;
import ai.ginko.core.UnknownMessageException;
import ai.ginko.core.UnknownRecipientException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two organizations with the same project id, task ids and agent ids never see or affect each other's data: the
 * scope is part of every read and write.
 */
public abstract class ScopeIsolationContract extends ContractTestSupport {

    private static final String AGENT_ID = "agent_same_everywhere";

    private CoordinationClient ours;
    private CoordinationClient theirs;

    @BeforeEach
    void twoOrganizationsWithTheSameProject() {
        Scope other = freshScope();
        assertThat(other.projectId()).isEqualTo(scope().projectId());
        ours = client();
        theirs = clientIn(other);
    }

    @Test
    void eventsAreNotVisibleAcrossOrganizations() {
        Event event = ours.logger().log(EventCategory.FEATURE, "ours");

        assertThat(theirs.latestSequence()).isZero();
        assertThat(theirs.eventsSince(0, 100)).isEmpty();
        assertThat(theirs.event(event.id())).isEmpty();
    }

    @Test
    void eachOrganizationNumbersItsOwnEvents() {
        ours.logger().log(EventCategory.FEATURE, "ours 1");
        ours.logger().log(EventCategory.FEATURE, "ours 2");

        Event theirsFirst = theirs.logger().log(EventCategory.FEATURE, "theirs 1");

        assertThat(theirsFirst.sequence()).isEqualTo(1);
        assertThat(ours.latestSequence()).isEqualTo(2);
    }

    @Test
    void eventsOfAnAgentAreNotVisibleAcrossOrganizations() {
        ours.startAgent(new AgentRegistration(AGENT_ID, "Ours", List.of())).logger()
                .log(EventCategory.FIX, "ours");
        theirs.registerAgent(new AgentRegistration(AGENT_ID, "Theirs", List.of()));

        assertThat(theirs.eventsByAgent(AGENT_ID, 0, 100)).isEmpty();
    }

    @Test
    void anotherProjectOfTheSameOrganizationIsSeparateToo() {
        CoordinationClient sibling = clientIn(Scope.of(scope().organizationId(), "other-proj"));
        ours.logger().log(EventCategory.FEATURE, "ours");

        assertThat(sibling.latestSequence()).isZero();
        assertThat(sibling.eventsSince(0, 100)).isEmpty();
    }

    @Test
    void agentsAreNotVisibleAcrossOrganizations() {
        ours.registerAgent(new AgentRegistration(AGENT_ID, "Ours", List.of()));

        assertThat(theirs.agents()).isEmpty();
        assertThat(theirs.agent(AGENT_ID)).isEmpty();
        assertThatThrownBy(() -> theirs.attachAgent(AGENT_ID)).isInstanceOf(UnknownAgentException.class);
    }

    @Test
    void agentsWithTheSameIdAreSeparateAgents() {
        ours.registerAgent(new AgentRegistration(AGENT_ID, "Ours", List.of()));
        theirs.registerAgent(new AgentRegistration(AGENT_ID, "Theirs", List.of()));

        ours.deregisterAgent(AGENT_ID);

        assertThat(theirs.agent(AGENT_ID).orElseThrow().status()).isEqualTo(AgentStatus.IDLE);
        assertThat(theirs.agent(AGENT_ID).orElseThrow().name()).isEqualTo("Theirs");
        assertThat(ours.agent(AGENT_ID).orElseThrow().name()).isEqualTo("Ours");
    }

    @Test
    void aClaimDoesNotBlockTheSameTaskInAnotherOrganization() {
        ours.registerAgent(new AgentRegistration(AGENT_ID, "Ours", List.of()));
        theirs.registerAgent(new AgentRegistration(AGENT_ID, "Theirs", List.of()));
        AgentSession otherAgent = theirs.startAgent(agentNamed("Another"));
        ours.attachAgent(AGENT_ID).claim("TASK-1");

        assertThat(otherAgent.claim("TASK-1").outcome()).isEqualTo(ClaimOutcome.CLAIMED);
        assertThat(theirs.claims()).singleElement()
                .satisfies(claim -> assertThat(claim.agentId()).isEqualTo(otherAgent.agentId()));
        assertThat(ours.claimOf("TASK-1").orElseThrow().agentId()).isEqualTo(AGENT_ID);
    }

    @Test
    void claimsAreNotVisibleAcrossOrganizations() {
        ours.startAgent(agentNamed("Ours")).claim("TASK-1");

        assertThat(theirs.claims()).isEmpty();
        assertThat(theirs.claimOf("TASK-1")).isEmpty();
    }

    @Test
    void blockersAreNotVisibleAcrossOrganizations() {
        ours.logger().logBlocker("ours", Blocker.of("x", Severity.CRITICAL, List.of("TASK-6")));

        assertThat(theirs.activeBlockers()).isEmpty();
        assertThat(theirs.blockersAffecting(List.of("TASK-6"))).isEmpty();
    }

    @Test
    void aBlockerCannotBeResolvedFromAnotherOrganization() {
        Event blocker = ours.logger().logBlocker("ours", Blocker.of("x", Severity.LOW, List.of()));

        assertThatThrownBy(() -> theirs.logger().resolveBlocker(blocker.id(), "not yours"))
                .isInstanceOf(UnknownBlockerException.class);
        assertThat(theirs.latestSequence()).isZero();
        assertThat(ours.activeBlockers()).containsExactly(blocker);
    }

    @Test
    void cursorsAreNotVisibleAcrossOrganizations() {
        ours.registerAgent(new AgentRegistration(AGENT_ID, "Ours", List.of()));
        ours.attachAgent(AGENT_ID).cursor().handoff("ours");
        ours.cursor().markSeen(3);

        assertThat(theirs.cursors()).isEmpty();
        assertThat(theirs.cursorOf(AGENT_ID)).isEmpty();
        assertThat(theirs.cursorOf(USER_ID)).isEmpty();
    }

    @Test
    void subscriptionsSeeOnlyTheirOwnOrganization() throws Exception {
        EventRecorder recorder = new EventRecorder();
        theirs.subscribe(0, EventFilter.all(), recorder);

        ours.logger().log(EventCategory.FEATURE, "ours 1");
        ours.logger().log(EventCategory.FEATURE, "ours 2");
        Event own = theirs.logger().log(EventCategory.FEATURE, "theirs");

        assertThat(recorder.awaitEvent(own.id(), VISIBLE)).isTrue();
        Thread.sleep(QUIET.toMillis());
        assertThat(recorder.events()).containsExactly(own);
    }

    @Test
    void aPollIsNotWokenByAnotherOrganization() throws Exception {
        FutureTask<Event> logMeanwhile = new FutureTask<>(() -> {
            Thread.sleep(100);
            return ours.logger().log(EventCategory.FEATURE, "ours");
        });
        Thread.ofVirtual().start(logMeanwhile);

        List<Event> polled = theirs.poll(0, Duration.ofMillis(600));

        assertThat(logMeanwhile.get(VISIBLE.toMillis(), TimeUnit.MILLISECONDS).sequence()).isEqualTo(1);
        assertThat(polled).isEmpty();
    }

    @Test
    void messagesAreNotVisibleNorMarkableAcrossOrganizations() {
        AgentSession sender = ours.startAgent(new AgentRegistration("agent_sender", "Sender", List.of()));
        ours.registerAgent(new AgentRegistration(AGENT_ID, "Receiver", List.of()));
        AgentSession theirReceiver = theirs.startAgent(new AgentRegistration(AGENT_ID, "Receiver", List.of()));
        Message sent = sender.messages().send(MessageDraft.to("Receiver").subject("ours").ackRequired(true).build());

        assertThat(theirReceiver.messages().inbox(InboxQuery.newest())).isEmpty();
        assertThat(theirs.inbox(AGENT_ID, InboxQuery.newest())).isEmpty();
        assertThat(theirReceiver.messages().message(sent.id())).isEmpty();
        assertThat(theirs.inboxCounts(Duration.ZERO)).isEmpty();
        assertThatThrownBy(() -> theirReceiver.messages().acknowledge(List.of(sent.id())))
                .isInstanceOf(UnknownMessageException.class);
        assertThatThrownBy(() -> theirReceiver.messages().reply(sent.id(), ReplyDraft.withBody("x")))
                .isInstanceOf(UnknownMessageException.class);
        assertThatThrownBy(() -> theirReceiver.messages().thread(sent.id()))
                .isInstanceOf(UnknownMessageException.class);
        assertThat(ours.inbox(AGENT_ID, InboxQuery.newest())).singleElement()
                .satisfies(message -> assertThat(message.acknowledgedAt()).isEmpty());
    }

    @Test
    void aMessageReachesNoAgentOfAnotherOrganization() {
        AgentSession sender = ours.startAgent(new AgentRegistration("agent_sender", "Sender", List.of()));
        theirs.registerAgent(new AgentRegistration(AGENT_ID, "Theirs", List.of()));

        assertThatThrownBy(() -> sender.messages().send(MessageDraft.to(AGENT_ID).subject("x").build()))
                .isInstanceOf(UnknownRecipientException.class);
        assertThatThrownBy(() -> sender.messages().send(MessageDraft.toAll().subject("x").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("to: the broadcast reaches no");
        assertThat(theirs.inbox(AGENT_ID, InboxQuery.newest())).isEmpty();
    }

    @Test
    void reservationsNeitherConflictNorShowAcrossOrganizations() {
        AgentSession ourAgent = ours.startAgent(new AgentRegistration(AGENT_ID, "Ours", List.of()));
        AgentSession theirAgent = theirs.startAgent(new AgentRegistration("agent_theirs", "Theirs", List.of()));
        ourAgent.reservations().reserve(ReservationRequest.of(List.of("src/**")));

        assertThat(theirAgent.reservations().reserve(ReservationRequest.of(List.of("src/Main.java"))).granted())
                .isTrue();
        assertThat(ours.reservations()).extracting(Reservation::agentId).containsExactly(AGENT_ID);
        assertThat(theirs.reservations()).extracting(Reservation::agentId).containsExactly("agent_theirs");
        assertThat(theirs.holders(List.of("src/Main.java"))).extracting(h -> h.reservation().agentId())
                .containsExactly("agent_theirs");
        assertThat(ourAgent.reservations().release(ReservationSelector.all())).hasSize(1);
        assertThat(theirs.reservations()).hasSize(1);
    }
}
