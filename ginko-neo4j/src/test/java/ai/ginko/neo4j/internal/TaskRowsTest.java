package ai.ginko.neo4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.TaskState;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.MapAccessor;

/** How task nodes are read, including one read half-way through another transaction's commit. */
class TaskRowsTest {

    private static final ZonedDateTime AT = ZonedDateTime.parse("2026-11-26T06:00:00Z");

    @Test
    void aClaimedTaskReadsAsItsClaim() {
        MapAccessor task = task(Map.of("state", "claimed", "agent_id", "agent_1", "claimed_at", AT, "updated_at",
                AT));

        assertThat(TaskRows.claim(task)).hasValueSatisfying(claim -> {
            assertThat(claim.agentId()).isEqualTo("agent_1");
            assertThat(claim.state()).isEqualTo(TaskState.CLAIMED);
            assertThat(claim.claimedAt()).isEqualTo(AT.toInstant());
        });
    }

    @Test
    void aReleasedTaskHasNoClaim() {
        assertThat(TaskRows.claim(task(Map.of("state", "released", "agent_id", "agent_1", "claimed_at", AT,
                "updated_at", AT)))).isEmpty();
    }

    @Test
    void aClaimedTaskSeenWithoutItsClaimTimeIsATornRead() {
        MapAccessor task = task(Map.of("state", "claimed", "agent_id", "agent_1", "updated_at", AT));

        assertThatThrownBy(() -> TaskRows.claim(task)).isInstanceOf(TornRead.class)
                .hasMessage("a graph node without its 'claimed_at' property");
    }

    @Test
    void aClaimedTaskSeenWithoutItsHolderIsATornRead() {
        MapAccessor task = task(Map.of("state", "completed", "claimed_at", AT, "updated_at", AT));

        assertThatThrownBy(() -> TaskRows.claim(task)).isInstanceOf(TornRead.class)
                .hasMessageContaining("'agent_id'");
    }

    @Test
    void aDefinitionSeenWithoutItsTitleIsATornRead() {
        MapAccessor task = task(Map.of("defined_at", AT, "priority", 2, "capabilities", List.of()));

        assertThatThrownBy(() -> TaskRows.definition(task, List.of())).isInstanceOf(TornRead.class)
                .hasMessageContaining("'title'");
    }

    @Test
    void anAssignmentSeenWithoutItsTimeIsATornRead() {
        MapAccessor task = task(Map.of("assignee", "agent_2"));

        assertThatThrownBy(() -> TaskRows.assignment(task)).isInstanceOf(TornRead.class)
                .hasMessageContaining("'assigned_at'");
    }

    private static MapAccessor task(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("task_id", "TASK-1");
        return Values.value(all);
    }
}
