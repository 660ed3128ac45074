package ai.ginko.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.TaskDefinition;
import ai.ginko.core.TaskView;
import ai.ginko.core.Waves;
import ai.ginko.core.spi.StoredTask;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules on what no store can produce on purpose: reads that straddle changes. */
class TaskRulesTest {

    @Test
    void aCycleSeenByAReadThatStraddlesARedefinitionEndsUpInOneLastWave() {
        List<TaskView> views = TaskRules.views(List.of(stored("X", "Y"), stored("Y", "X"), stored("Z")));

        Waves waves = TaskRules.waves(views);

        assertThat(waves.waves()).extracting(wave -> wave.stream().map(TaskView::id).toList())
                .containsExactly(List.of("Z"), List.of("X", "Y"));
    }

    @Test
    void aDependencyMissingFromTheReadCountsAsOpenButDoesNotHoldUpAWave() {
        List<TaskView> views = TaskRules.views(List.of(stored("A", "GONE")));

        assertThat(views.getFirst().waitingOn()).containsExactly("GONE");
        assertThat(TaskRules.waves(views).waveOf("A")).hasValue(1);
    }

    private static StoredTask stored(String id, String... dependsOn) {
        return new StoredTask(TaskDefinition.builder(id, "title").dependsOn(List.of(dependsOn)).build(),
                Instant.EPOCH, Optional.empty(), false, Optional.empty(), false);
    }
}
