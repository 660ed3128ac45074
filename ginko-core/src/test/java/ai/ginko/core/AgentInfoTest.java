package ai.ginko.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgentInfoTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    @Test
    void sinceLastHeartbeatIsTheAgeAtObservation() {
        assertThat(info(NOW.minusSeconds(7), NOW).sinceLastHeartbeat()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void sinceLastHeartbeatIsNeverNegative() {
        assertThat(info(NOW.plusSeconds(1), NOW).sinceLastHeartbeat()).isEqualTo(Duration.ZERO);
    }

    private static AgentInfo info(Instant lastHeartbeat, Instant observedAt) {
        return new AgentInfo("agent_a", "A", List.of(), AgentStatus.IDLE, Optional.empty(), NOW.minusSeconds(60),
                lastHeartbeat, observedAt);
    }
}
