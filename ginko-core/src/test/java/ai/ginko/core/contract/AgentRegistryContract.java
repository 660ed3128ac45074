package ai.ginko.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.AgentDeregisteredException;
import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.ClaimOutcome;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import ai.ginko.core.UnknownAgentException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Registering agents, their liveness by heartbeat, and their status as every client sees it. */
public abstract class AgentRegistryContract extends ContractTestSupport {

    private static final Duration SHORT_HEARTBEAT = Duration.ofMillis(100);
    private static final Duration SHORT_OFFLINE_AFTER = Duration.ofMillis(300);

    @Test
    void registerAgentReturnsTheAgentAsStored() {
        CoordinationClient client = client();
        AgentRegistration registration = new AgentRegistration("agent_implementer", "Claude-Implementer",
                List.of("java", "neo4j"));

        AgentInfo agent = client.registerAgent(registration);

        assertThat(agent.id()).isEqualTo("agent_implementer");
        assertThat(agent.name()).isEqualTo("Claude-Implementer");
        assertThat(agent.capabilities()).containsExactly("java", "neo4j");
        assertThat(agent.status()).isEqualTo(AgentStatus.IDLE);
        assertThat(agent.currentTask()).isEmpty();
        assertThat(client().agent("agent_implementer")).get()
                .extracting(AgentInfo::name, AgentInfo::registeredAt)
                .containsExactly("Claude-Implementer", agent.registeredAt());
    }

    @Test
    void registeringTheSameIdAgainKeepsOneAgentWithTheNewNameAndTheFirstRegistrationTime() {
        CoordinationClient client = client();
        AgentInfo first = client.registerAgent(new AgentRegistration("agent_twice", "Old name", List.of("a")));

        AgentInfo second = client().registerAgent(new AgentRegistration("agent_twice", "New name", List.of("b")));

        assertThat(client.agents()).singleElement().satisfies(agent -> {
            assertThat(agent.name()).isEqualTo("New name");
            assertThat(agent.capabilities()).containsExactly("b");
            assertThat(agent.registeredAt()).isEqualTo(first.registeredAt());
        });
        assertThat(second.registeredAt()).isEqualTo(first.registeredAt());
    }

    @Test
    void aStartedAgentIsIdle() {
        AgentSession agent = client().startAgent(agentNamed("Starter"));

        assertThat(client().agent(agent.agentId()).orElseThrow().status()).isEqualTo(AgentStatus.IDLE);
        assertThat(agent.info().status()).isEqualTo(AgentStatus.IDLE);
    }

    @Test
    void anAgentHoldingAClaimIsBusyWithThatTask() {
        AgentSession agent = client().startAgent(agentNamed("Worker"));

        agent.claim("TASK-4");

        AgentInfo info = client().agent(agent.agentId()).orElseThrow();
        assertThat(info.status()).isEqualTo(AgentStatus.BUSY);
        assertThat(info.currentTask()).contains("TASK-4");
    }

    @Test
    void anAgentIsIdleAgainAfterCompletingItsTask() {
        AgentSession agent = client().startAgent(agentNamed("Worker"));
        agent.claim("TASK-4");

        agent.complete("TASK-4");

        AgentInfo info = client().agent(agent.agentId()).orElseThrow();
        assertThat(info.status()).isEqualTo(AgentStatus.IDLE);
        assertThat(info.currentTask()).isEmpty();
    }

    @Test
    void closingAStartedSessionMarksTheAgentOfflineAtOnce() {
        AgentSession agent = client().startAgent(agentNamed("Leaver"));

        agent.close();

        assertThat(client().agent(agent.agentId()).orElseThrow().status()).isEqualTo(AgentStatus.OFFLINE);
    }

    @Test
    void closingAnAttachedSessionChangesNothing() {
        CoordinationClient client = client();
        AgentSession started = client.startAgent(agentNamed("Owner"));

        client().attachAgent(started.agentId()).close();

        assertThat(client().agent(started.agentId()).orElseThrow().status()).isEqualTo(AgentStatus.IDLE);
    }

    @Test
    void anAgentWhoseHeartbeatsStopGoesOffline() throws Exception {
        CoordinationClient client = client(settings -> settings
                .heartbeatInterval(SHORT_HEARTBEAT).offlineAfter(SHORT_OFFLINE_AFTER));
        AgentInfo registered = client.registerAgent(agentNamed("Silent"));
        String agentId = registered.id();

        // Online when registered: its first heartbeat is its registration. (Not checked on the returned status,
        // which a store answering more than the 300 ms threshold later, on a busy 2-core machine, reports offline
        // already; registerAgentReturnsTheAgentAsStored checks that status with the default threshold.)
        assertThat(registered.lastHeartbeat()).isEqualTo(registered.registeredAt());
        awaitTrue(VISIBLE, "the agent without heartbeats is offline",
                () -> client.agent(agentId).orElseThrow().status() == AgentStatus.OFFLINE);
        assertThat(client.agent(agentId).orElseThrow().sinceLastHeartbeat()).isGreaterThan(SHORT_OFFLINE_AFTER);
    }

    @Test
    void aStartedAgentStaysOnlineWhileItsHeartbeatsGoOn() throws Exception {
        // Ten heartbeats per offline period, so that a busy machine delaying a few of them does not matter; and
        // a period of seconds, so that neither does a stall of the database under load (tests run two at a time).
        Duration offlineAfter = Duration.ofSeconds(2);
        CoordinationClient client = client(settings -> settings
                .heartbeatInterval(Duration.ofMillis(200)).offlineAfter(offlineAfter));
        AgentSession agent = client.startAgent(agentNamed("Alive"));

        // Long past the offline threshold: only the heartbeats can keep the agent online.
        Thread.sleep(offlineAfter.multipliedBy(3).dividedBy(2).toMillis());

        assertThat(client.agent(agent.agentId()).orElseThrow().status()).isEqualTo(AgentStatus.IDLE);
    }

    @Test
    void aHeartbeatRevivesAnAgentThatWentOfflineBySilence() throws Exception {
        CoordinationClient client = client(settings -> settings
                .heartbeatInterval(SHORT_HEARTBEAT).offlineAfter(SHORT_OFFLINE_AFTER));
        String agentId = client.registerAgent(agentNamed("Lazarus")).id();
        awaitTrue(VISIBLE, "the silent agent is offline",
                () -> client.agent(agentId).orElseThrow().status() == AgentStatus.OFFLINE);

        client.attachAgent(agentId).heartbeat();

        assertThat(client.agent(agentId).orElseThrow().status()).isEqualTo(AgentStatus.IDLE);
    }

    @Test
    void aHeartbeatDoesNotUndoADeregistration() {
        CoordinationClient client = client();
        String agentId = client.registerAgent(agentNamed("Dismissed")).id();
        client.deregisterAgent(agentId);

        assertThatThrownBy(() -> client.attachAgent(agentId).heartbeat())
                .isInstanceOfSatisfying(AgentDeregisteredException.class, e -> {
                    assertThat(e.agentId()).isEqualTo(agentId);
                    assertThat(e).hasMessage("agentId: agent '" + agentId + "' was deregistered from " + scope()
                            + "; register it again to act as it");
                });
        assertThat(client.agent(agentId).orElseThrow().status()).isEqualTo(AgentStatus.OFFLINE);
    }

    @Test
    void aStartedSessionStopsHeartbeatingOnceItsAgentIsDeregistered() throws Exception {
        CoordinationClient client = client(settings -> settings
                .heartbeatInterval(SHORT_HEARTBEAT).offlineAfter(SHORT_OFFLINE_AFTER));
        AgentSession session = client.startAgent(agentNamed("Still running"));

        client().deregisterAgent(session.agentId());
        Thread.sleep(SHORT_HEARTBEAT.multipliedBy(5).toMillis());

        assertThat(client.agent(session.agentId()).orElseThrow().status()).isEqualTo(AgentStatus.OFFLINE);
        assertThat(LiveThreads.ginkoThreads()).as("its heartbeat thread")
                .doesNotContainValue("ginko-heartbeat-" + session.agentId());
    }

    @Test
    void aDeregisteredAgentsNextActionFailsUntilItRegistersAgain() {
        CoordinationClient client = client();
        AgentRegistration registration = agentNamed("Returning");
        AgentSession session = client.startAgent(registration);
        client().deregisterAgent(session.agentId());
        long sequence = client.latestSequence();

        assertThatThrownBy(() -> session.logger().log(EventCategory.FEATURE, "still here"))
                .isInstanceOf(AgentDeregisteredException.class);
        assertThatThrownBy(() -> session.claim("TASK-1")).isInstanceOf(AgentDeregisteredException.class);
        assertThat(client.latestSequence()).as("nothing logged").isEqualTo(sequence);
        assertThat(client.claimOf("TASK-1")).isEmpty();

        client.registerAgent(registration);

        assertThat(session.claim("TASK-1").outcome()).isEqualTo(ClaimOutcome.CLAIMED);
        assertThat(session.logger().log(EventCategory.FEATURE, "back").agentId()).contains(session.agentId());
    }

    @Test
    void everyActionOfAnAgentIsASignOfLife() throws Exception {
        CoordinationClient client = client(settings -> settings
                .heartbeatInterval(SHORT_HEARTBEAT).offlineAfter(SHORT_OFFLINE_AFTER));
        String agentId = client.registerAgent(agentNamed("Shell-driven")).id();
        AgentSession agent = client.attachAgent(agentId);
        List<Runnable> actions = List.of(
                () -> agent.logger().log(EventCategory.FEATURE, "logged"),
                () -> agent.claim("TASK-1"),
                () -> agent.complete("TASK-1"),
                () -> agent.claim("TASK-2"),
                () -> agent.release("TASK-2"));

        // A sign of life is a heartbeat the action itself recorded: the last heartbeat moved past the one that let
        // the agent go offline. Checked on the heartbeat rather than on the status, which a read more than the
        // 300 ms threshold after the action (a busy 2-core machine) would see offline again.
        for (Runnable action : actions) {
            awaitTrue(VISIBLE, "the silent agent is offline",
                    () -> client.agent(agentId).orElseThrow().status() == AgentStatus.OFFLINE);
            Instant silentSince = client.agent(agentId).orElseThrow().lastHeartbeat();
            action.run();
            assertThat(client.agent(agentId).orElseThrow().lastHeartbeat()).isAfter(silentSince);
        }
    }

    @Test
    void aHeartbeatMovesTheLastHeartbeatOn() {
        CoordinationClient client = client();
        AgentInfo registered = client.registerAgent(agentNamed("Beating"));

        client.attachAgent(registered.id()).heartbeat();

        assertThat(client.agent(registered.id()).orElseThrow().lastHeartbeat())
                .isAfterOrEqualTo(registered.lastHeartbeat());
    }

    @Test
    void deregisterAgentMarksItOfflineAtOnce() {
        CoordinationClient client = client();
        AgentSession agent = client.startAgent(agentNamed("Dismissed"));

        client().deregisterAgent(agent.agentId());

        assertThat(client.agent(agent.agentId()).orElseThrow().status()).isEqualTo(AgentStatus.OFFLINE);
    }

    @Test
    void deregisteringAnUnknownAgentFails() {
        CoordinationClient client = client();

        assertThatThrownBy(() -> client.deregisterAgent("agent_unknown"))
                .isInstanceOf(UnknownAgentException.class);
        assertThat(client.agents()).isEmpty();
    }

    @Test
    void attachingAnUnknownAgentFails() {
        CoordinationClient client = client();

        assertThatThrownBy(() -> client.attachAgent("agent_unknown"))
                .isInstanceOfSatisfying(UnknownAgentException.class,
                        e -> assertThat(e.agentId()).isEqualTo("agent_unknown"));
        assertThat(client.agents()).isEmpty();
    }

    @Test
    void attachingAKnownAgentActsForIt() {
        CoordinationClient client = client();
        AgentInfo registered = client.registerAgent(agentNamed("Remote"));

        AgentSession attached = client().attachAgent(registered.id());

        assertThat(attached.agentId()).isEqualTo(registered.id());
        assertThat(attached.info().name()).isEqualTo(registered.name());
    }

    @Test
    void agentsListsEveryRegisteredAgentById() {
        CoordinationClient client = client();
        client.registerAgent(new AgentRegistration("agent_c", "C", List.of()));
        client.registerAgent(new AgentRegistration("agent_a", "A", List.of()));
        client().startAgent(new AgentRegistration("agent_b", "B", List.of()));

        assertThat(client.agents()).extracting(AgentInfo::id).containsExactly("agent_a", "agent_b", "agent_c");
    }

    @Test
    void agentOfAnUnknownIdIsEmpty() {
        assertThat(client().agent("agent_unknown")).isEmpty();
    }
}
