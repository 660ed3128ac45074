package ai.ginko.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentStatusRuleTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Duration OFFLINE_AFTER = Duration.ofSeconds(30);

    @ParameterizedTest(name = "deregistered={0}, heartbeat {1} s ago, holds claim={2} -> {3}")
    @CsvSource({
            "false,   0, false, IDLE",
            "false,   0, true,  BUSY",
            "false,  30, false, IDLE",
            "false,  30, true,  BUSY",
            "false,  31, false, OFFLINE",
            "false,  31, true,  OFFLINE",
            "false,  -5, false, IDLE",
            "true,    0, false, OFFLINE",
            "true,    0, true,  OFFLINE"})
    void statusOf(boolean deregistered, long secondsAgo, boolean holdsClaim, AgentStatus expected) {
        Instant lastHeartbeat = NOW.minusSeconds(secondsAgo);

        assertThat(AgentStatusRule.statusOf(deregistered, lastHeartbeat, NOW, OFFLINE_AFTER, holdsClaim))
                .isEqualTo(expected);
    }
}
