package ai.ginko.tools.views;

import static ai.ginko.tools.views.Records.agent;
import static ai.ginko.tools.views.Records.blocker;
import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusFormatterTest {

    private static final AgentInfo IMPLEMENTER =
            agent("agent_abc123", "Claude-Implementer", AgentStatus.BUSY, "TASK-4", Duration.ofMinutes(12));
    private static final AgentInfo REVIEWER =
            agent("agent_def456", "GPT-Reviewer", AgentStatus.IDLE, null, Duration.ofMinutes(2));
    private static final AgentInfo GONE =
            agent("agent_0ff11e", "Old-Planner", AgentStatus.OFFLINE, null, Duration.ofDays(2));
    private static final BlockerView RATE_LIMIT = BlockerView.of(
            blocker("agent_abc123", "TASK-5", "API rate limit", Severity.HIGH, "TASK-6", "TASK-8"), Map.of());

    @Test
    void showsActiveAgentsInAlignedColumnsThenBlockers() {
        StatusSnapshot snapshot = new StatusSnapshot(List.of(IMPLEMENTER, REVIEWER, GONE), List.of(RATE_LIMIT));

        assertThat(StatusFormatter.format(snapshot, false)).isEqualTo("""
                Active Agents (2):
                  agent_abc123  Claude-Implementer  busy  TASK-4 (12m ago)
                  agent_def456  GPT-Reviewer        idle  - (2m ago)

                Blockers (1):
                  TASK-5 blocked by: API rate limit (high severity)
                    Affects: TASK-6, TASK-8
                """);
    }

    @Test
    void allAddsOfflineAgentsAlignedWithTheActiveOnes() {
        StatusSnapshot snapshot = new StatusSnapshot(List.of(GONE, IMPLEMENTER, REVIEWER), List.of());

        assertThat(StatusFormatter.format(snapshot, true)).isEqualTo("""
                Active Agents (2):
                  agent_abc123  Claude-Implementer  busy     TASK-4 (12m ago)
                  agent_def456  GPT-Reviewer        idle     - (2m ago)

                Offline Agents (1):
                  agent_0ff11e  Old-Planner         offline  - (2d ago)

                Blockers (0):
                  (none)
                """);
    }

    @Test
    void emptySectionsSayNone() {
        assertThat(StatusFormatter.format(new StatusSnapshot(List.of(GONE), List.of()), false)).isEqualTo("""
                Active Agents (0):
                  (none)

                Blockers (0):
                  (none)
                """);
    }

    @Test
    void blockerWithNoOtherTasksHasNoAffectsLine() {
        BlockerView alone = BlockerView.of(blocker(null, "TASK-9", "VPN down", Severity.CRITICAL), Map.of());

        assertThat(StatusFormatter.format(new StatusSnapshot(List.of(), List.of(alone)), false))
                .endsWith("Blockers (1):\n  TASK-9 blocked by: VPN down (critical severity)\n");
    }
}
