package ai.ginko.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.ClaimOutcome;
import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.EventCategory;
import ai.ginko.core.Scope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the in-memory stand-in adds to the contract: a clock that tests control, and data per instance. */
class InMemoryCoordinationTest {

    private static final Instant START = Instant.parse("2025-06-01T12:00:00Z");
    private static final ClientSettings SETTINGS =
            ClientSettings.builder(Map.of()).scope(Scope.of("acme", "web")).userId("chris").build();

    private final MutableClock clock = new MutableClock(START);
    private final List<CoordinationClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(CoordinationClient::close);
    }

    @Test
    void timesComeFromTheGivenClock() {
        CoordinationClient client = client(new InMemoryCoordination(clock));

        AgentInfo agent = client.registerAgent(AgentRegistration.named("Timed"));
        clock.advance(Duration.ofSeconds(5));

        assertThat(client.logger().log(EventCategory.FIX, "x").timestamp()).isEqualTo(START.plusSeconds(5));
        assertThat(agent.registeredAt()).isEqualTo(START);
        assertThat(client.cursorOf("chris").orElseThrow().updatedAt()).isEqualTo(START.plusSeconds(5));
    }

    @Test
    void anAgentIsOfflineOnceItsLastHeartbeatIsOlderThanOfflineAfterByThatClock() {
        CoordinationClient client = client(new InMemoryCoordination(clock));
        String agentId = client.registerAgent(AgentRegistration.named("Silent")).id();

        clock.advance(SETTINGS.offlineAfter());
        assertThat(client.agent(agentId).orElseThrow().status()).isEqualTo(AgentStatus.IDLE);

        clock.advance(Duration.ofMillis(1));
        assertThat(client.agent(agentId).orElseThrow().status()).isEqualTo(AgentStatus.OFFLINE);
        assertThat(client.agent(agentId).orElseThrow().sinceLastHeartbeat())
                .isEqualTo(SETTINGS.offlineAfter().plusMillis(1));
    }

    @Test
    void aClaimOfAHolderSilentForTooLongIsTakenOver() {
        CoordinationClient client = client(new InMemoryCoordination(clock));
        String holder = client.registerAgent(AgentRegistration.named("Holder")).id();
        client.attachAgent(holder).claim("TASK-1");
        clock.advance(SETTINGS.offlineAfter().plusSeconds(1));
        String successor = client.registerAgent(AgentRegistration.named("Successor")).id();

        assertThat(client.attachAgent(successor).claim("TASK-1").outcome()).isEqualTo(ClaimOutcome.TAKEN_OVER);
    }

    @Test
    void clientsOfOneInstanceShareDataAndInstancesDoNot() {
        InMemoryCoordination shared = new InMemoryCoordination();
        CoordinationClient writer = client(shared);
        writer.logger().log(EventCategory.FIX, "shared");

        assertThat(client(shared).latestSequence()).isEqualTo(1);
        assertThat(client(new InMemoryCoordination()).latestSequence()).isZero();
    }

    @Test
    void clockAndSettingsAreRequired() {
        assertThatThrownBy(() -> new InMemoryCoordination(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("clock");
        assertThatThrownBy(() -> new InMemoryCoordination().client(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("settings");
    }

    private CoordinationClient client(InMemoryCoordination coordination) {
        CoordinationClient client = coordination.client(SETTINGS);
        clients.add(client);
        return client;
    }

    /** A clock that stands still until the test moves it. */
    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the store reads instants only");
        }
    }
}
