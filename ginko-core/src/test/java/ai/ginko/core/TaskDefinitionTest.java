package ai.ginko.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskDefinitionTest {

    @Test
    void aTaskOfAnIdAndATitleHasTheDefaults() {
        TaskDefinition task = TaskDefinition.of("TASK-1", "Event log");

        assertThat(task.priority()).isEqualTo(TaskDefinition.DEFAULT_PRIORITY).isEqualTo(2);
        assertThat(task.capabilities()).isEmpty();
        assertThat(task.dependsOn()).isEmpty();
        assertThat(task.estimate()).isEmpty();
        assertThat(task.description()).isEmpty();
    }

    @Test
    void dependenciesAreKeptInIdOrder() {
        TaskDefinition task = TaskDefinition.builder("TASK-20", "t")
                .dependsOn(List.of("TASK-10", "TASK-9", "TASK-1")).build();

        assertThat(task.dependsOn()).containsExactly("TASK-1", "TASK-9", "TASK-10");
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> TaskDefinition.builder("T", "t").priority(5).build())
                .hasMessage("priority must be between 0 and 4, was 5");
        assertThatThrownBy(() -> TaskDefinition.builder("T", "t").capabilities(null))
                .hasMessage("capabilities must not be null");
        assertThatThrownBy(() -> TaskDefinition.builder("T", "t").estimate(null))
                .hasMessage("estimate must not be null");
        assertThatThrownBy(() -> TaskDefinition.builder("T", "t").description(null))
                .hasMessage("description must not be null");
        assertThatThrownBy(() -> new TaskDefinition("T", "t", 2, List.of(), List.of(), Optional.of(" "),
                Optional.empty())).hasMessage("estimate must not be blank");
    }

    @Test
    void aFilterTakesTheTasksWhoseRequirementsItsCapabilitiesCover() {
        TaskDefinition java = TaskDefinition.builder("J", "t").capabilities(List.of("java")).build();
        TaskDefinition open = TaskDefinition.of("O", "t");

        assertThat(TaskFilter.capabilities(List.of("java", "go")).accepts(java)).isTrue();
        assertThat(TaskFilter.capabilities(List.of()).accepts(java)).isFalse();
        assertThat(TaskFilter.capabilities(List.of()).accepts(open)).isTrue();
        assertThat(TaskFilter.any().accepts(java)).isTrue();
        assertThat(TaskFilter.any().excluding(List.of("J")).excluding(List.of("O")).excludedTaskIds())
                .isEqualTo(Set.of("J", "O"));
        assertThat(TaskFilter.any().excluding(List.of("J")).accepts(java)).isFalse();
    }

    @Test
    void wavesAreNumberedFromOne() {
        TaskView view = new TaskView(TaskDefinition.of("A", "t"), TaskStatus.READY, Optional.empty(),
                Optional.empty(), List.of(), Instant.EPOCH);
        Waves waves = new Waves(List.of(List.of(view)));

        assertThat(waves.wave(1)).containsExactly(view);
        assertThat(waves.waveOf("A")).hasValue(1);
        assertThat(waves.waveOf("B")).isEmpty();
        assertThatThrownBy(() -> waves.wave(2)).hasMessage("number must be between 1 and 1, was 2");
        assertThatThrownBy(() -> new Waves(List.of(List.of()))).hasMessage("waves must not contain an empty wave");
    }

    @Test
    void aClaimedTaskMustHaveBeenAcquired() {
        TaskClaim claim = new TaskClaim("A", "agent_x", TaskState.CLAIMED, Instant.EPOCH,
                Instant.EPOCH);
        ClaimResult lost = new ClaimResult(ClaimOutcome.HELD_BY_OTHER, claim, Optional.empty());

        assertThatThrownBy(() -> new ClaimedTask(TaskDefinition.of("A", "t"), lost))
                .hasMessage("claim must be acquired, was HELD_BY_OTHER");
    }
}
