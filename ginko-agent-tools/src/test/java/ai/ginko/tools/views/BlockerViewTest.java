package ai.ginko.tools.views;

import static ai.ginko.tools.views.Records.agent;
import static ai.ginko.tools.views.Records.blocker;
import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentStatus;
import ai.ginko.core.Severity;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockerViewTest {

    private static final Map<String, AgentInfo> BUSY_ON_TASK_4 = Map.of("agent_abc123",
            agent("agent_abc123", "Claude-Implementer", AgentStatus.BUSY, "TASK-4", Duration.ofSeconds(5)));

    @Test
    void subjectIsTheEventsOwnTaskAndTheBlockingTasksAreAffected() {
        BlockerView view = BlockerView.of(
                blocker("agent_abc123", "TASK-5", "API rate limit", Severity.HIGH, "TASK-6", "TASK-8"), BUSY_ON_TASK_4);

        assertThat(view.subject()).isEqualTo("TASK-5");
        assertThat(view.affects()).containsExactly("TASK-6", "TASK-8");
    }

    @Test
    void withoutATaskTheSubjectIsTheLoggingAgentsCurrentTask() {
        BlockerView view = BlockerView.of(
                blocker("agent_abc123", null, "API rate limit", Severity.HIGH, "TASK-6"), BUSY_ON_TASK_4);

        assertThat(view.subject()).isEqualTo("TASK-4");
        assertThat(view.affects()).containsExactly("TASK-6");
    }

    @Test
    void withoutATaskOrABusyAgentTheSubjectIsTheFirstBlockingTaskAndNotAlsoAffected() {
        BlockerView view = BlockerView.of(
                blocker(null, null, "API rate limit", Severity.LOW, "TASK-6", "TASK-8"), BUSY_ON_TASK_4);

        assertThat(view.subject()).isEqualTo("TASK-6");
        assertThat(view.affects()).containsExactly("TASK-8");
    }

    @Test
    void withNoTaskAtAllTheSubjectIsWhoeverLoggedIt() {
        assertThat(BlockerView.of(blocker("agent_gone", null, "VPN", Severity.LOW), Map.of()).subject())
                .isEqualTo("agent_gone");
        assertThat(BlockerView.of(blocker(null, null, "VPN", Severity.LOW), Map.of()).subject())
                .isEqualTo("alice");
    }
}
