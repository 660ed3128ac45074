package ai.ginko.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ginko.core.TaskClaim;
import ai.ginko.core.TaskDefinition;
import ai.ginko.core.TaskState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefinePlanTest {

    @Test
    void sortsTheBatchIntoCreatedUpdatedAndUnchangedAndNamesTheTasksWhoseEdgesChange() {
        TaskDefinition kept = task("A");
        TaskDefinition renamed = TaskDefinition.builder("B", "new title").build();
        TaskDefinition rewired = task("C", "A");
        Map<String, DefinePlan.Current> current = Map.of(
                "A", defined(kept), "B", defined(task("B")), "C", defined(task("C")));

        DefinePlan plan = DefinePlan.of(List.of(kept, renamed, rewired, task("D", "C")),
                Map.of("A", List.of(), "B", List.of(), "C", List.of()), current);

        assertThat(plan.unchanged()).containsExactly("A");
        assertThat(plan.updated()).containsExactly(renamed, rewired);
        assertThat(plan.created()).extracting(TaskDefinition::id).containsExactly("D");
        assertThat(plan.edgesChanged()).extracting(TaskDefinition::id).containsExactly("C", "D");
        assertThat(plan.changed()).extracting(TaskDefinition::id).containsExactly("D", "B", "C");
    }

    @Test
    void aCycleThroughTheExistingGraphIsNamedFromTheBatchsTask() {
        Map<String, List<String>> graph = Map.of("A", List.of(), "B", List.of("A"), "C", List.of("B"));

        assertThatThrownBy(() -> DefinePlan.of(List.of(task("A", "C")), graph, Map.of("A", defined(task("A")))))
                .hasMessage("dependsOn: the definitions would close a cycle: A -> C -> B -> A");
    }

    @Test
    void aTaskThatIsClaimedButNotYetDefinedCannotGetDependencies() {
        TaskClaim claim = new TaskClaim("B", "agent_x", TaskState.CLAIMED, Instant.EPOCH, Instant.EPOCH);

        assertThatThrownBy(() -> DefinePlan.of(List.of(task("B", "A")), Map.of("A", List.of()),
                Map.of("B", new DefinePlan.Current(Optional.empty(), Optional.of(claim)))))
                .hasMessage("dependsOn: the dependencies of B cannot change: it is claimed by agent_x");
    }

    @Test
    void aLongChainIsSearchedWithoutOverflowingTheStack() {
        int length = 100_000;
        Map<String, List<String>> graph = new HashMap<>();
        for (int i = 1; i < length; i++) {
            graph.put("T-" + i, List.of("T-" + (i - 1)));
        }
        graph.put("T-0", List.of());
        List<TaskDefinition> batch = new ArrayList<>(List.of(task("T-0", "T-" + (length - 1))));

        assertThatThrownBy(() -> DefinePlan.of(batch, graph, Map.of("T-0", defined(task("T-0")))))
                .hasMessageStartingWith("dependsOn: the definitions would close a cycle: T-0 -> T-99999 -> T-99998")
                .hasMessageEndingWith("T-1 -> T-0");
    }

    private static TaskDefinition task(String id, String... dependsOn) {
        return TaskDefinition.builder(id, "title").dependsOn(List.of(dependsOn)).build();
    }

    private static DefinePlan.Current defined(TaskDefinition task) {
        return new DefinePlan.Current(Optional.of(task), Optional.empty());
    }
}
