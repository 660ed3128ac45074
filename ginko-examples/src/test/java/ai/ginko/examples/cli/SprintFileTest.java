package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.ginko.core.TaskDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SprintFileTest {

    @Test
    void readsTheEightTasksOfTheReferenceSprintWithTheirEstimates() throws Exception {
        List<String> lines = Files.readAllLines(
                Path.of(getClass().getResource("/sprints/realtime-coordination-sprint.md").toURI()));

        SprintFile.Parsed parsed = SprintFile.parse(lines, "");

        assertThat(parsed.tasks()).extracting(TaskDefinition::id, TaskDefinition::title)
                .containsExactly(
                        tuple("TASK-1", "Real-Time Cursor Updates"),
                        tuple("TASK-2", "Event Stream Polling API"),
                        tuple("TASK-3", "SSE Alternative (Optional)"),
                        tuple("TASK-4", "Blocker Signaling"),
                        tuple("TASK-5", "Agent Status Dashboard"),
                        tuple("TASK-6", "CLI Agent Status Command"),
                        tuple("TASK-7", "Event Agent Attribution"),
                        tuple("TASK-8", "Integration Tests"));
        assertThat(parsed.tasks()).extracting(task -> task.estimate().orElseThrow())
                .containsExactly("Medium", "Medium", "Medium", "Small", "Medium", "Small", "Small", "Medium");
        assertThat(parsed.tasks()).allSatisfy(task -> assertThat(task.dependsOn()).isEmpty());
        assertThat(parsed.tasks().get(5).description().orElseThrow())
                .contains("Enhance `ginko agent status`:", "Updates on each invocation");
    }

    @Test
    void aDependencyOnAnotherSprintsTaskIsReportedAndLeftOut() throws Exception {
        List<String> lines = Files.readAllLines(
                Path.of(getClass().getResource("/sprints/realtime-coordination-sprint.md").toURI()));

        assertThat(SprintFile.parse(lines, "").warnings()).containsExactly(
                "TASK-6 depends on 'Sprint 1 TASK-6', which is not a task of this file; left out");
    }

    @Test
    void bareIdsAreDependenciesAndAPrefixAppliesToThemAndTheHeadings() {
        List<String> lines = List.of(
                "### TASK-1: First",
                "### TASK-2: Second",
                "**Depends:** TASK-1, TASK-7, none",
                "```bash",
                "# not a heading: a comment in a code block",
                "```",
                "still TASK-2's text",
                "## Notes",
                "**Depends:** TASK-1");

        SprintFile.Parsed parsed = SprintFile.parse(lines, "S2-");

        assertThat(parsed.tasks()).extracting(TaskDefinition::id).containsExactly("S2-TASK-1", "S2-TASK-2");
        assertThat(parsed.tasks().get(1).dependsOn()).containsExactly("S2-TASK-1", "S2-TASK-7");
        assertThat(parsed.tasks().get(1).description().orElseThrow()).endsWith("still TASK-2's text");
        assertThat(parsed.tasks().get(0).description()).isEmpty();
        assertThat(parsed.warnings()).isEmpty();
    }
}
