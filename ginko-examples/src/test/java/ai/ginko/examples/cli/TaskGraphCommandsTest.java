package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ginko task add|ready|next|deps|import}: the task graph from the shell. */
class TaskGraphCommandsTest {

    private final GinkoShell shell = GinkoShell.fresh();

    @Test
    void addDefinesATaskAndSaysWhetherItWasCreatedUpdatedOrUnchanged() {
        GinkoShell.Result created = shell.run("task", "add", "TASK-1", "--title", "Event log", "--priority", "1",
                "--capability", "java", "--estimate", "Small");

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.outLines()).containsExactly("Created TASK-1: Event log");
        assertThat(shell.run("task", "add", "TASK-1", "--title", "Event log", "--priority", "1", "--capability",
                "java", "--estimate", "Small").outLines()).containsExactly("Unchanged TASK-1: Event log");
        assertThat(shell.run("task", "add", "TASK-1", "--title", "Ordered event log").outLines())
                .containsExactly("Updated TASK-1: Ordered event log");
    }

    @Test
    void addRefusesACycleNamingItWithExitTwo() {
        shell.run("task", "add", "TASK-3", "--title", "three");
        shell.run("task", "add", "TASK-5", "--title", "five", "--depends-on", "TASK-3");

        GinkoShell.Result cycle = shell.run("task", "add", "TASK-3", "--title", "three", "--depends-on", "TASK-5");

        assertThat(cycle.exitCode()).isEqualTo(2);
        assertThat(cycle.errLines()).containsExactly(
                "ginko: dependsOn: the definitions would close a cycle: TASK-3 -> TASK-5 -> TASK-3");
    }

    @Test
    void addRefusesAnUnknownDependencyAndABadPriority() {
        GinkoShell.Result unknown = shell.run("task", "add", "TASK-2", "--title", "two", "--depends-on", "TASK-9");
        GinkoShell.Result priority = shell.run("task", "add", "TASK-2", "--title", "two", "--priority", "7");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("TASK-2 depends on TASK-9, which is not defined");
        assertThat(priority.exitCode()).isEqualTo(2);
        assertThat(priority.err()).contains("priority must be between 0 and 4, was 7");
    }

    @Test
    void readyListsTheReadyTasksMostUrgentFirst() {
        shell.run("task", "add", "TASK-1", "--title", "Event log");
        shell.run("task", "add", "TASK-2", "--title", "Hotfix", "--priority", "0");
        shell.run("task", "add", "TASK-3", "--title", "Dashboard", "--depends-on", "TASK-1", "--capability", "web");

        GinkoShell.Result ready = shell.run("task", "ready");

        assertThat(ready.exitCode()).isZero();
        assertThat(ready.outLines()).containsExactly(
                "Ready tasks (2):",
                "  TASK-2  P0  Hotfix",
                "  TASK-1  P2  Event log");
    }

    @Test
    void readyAsAnAgentOffersWhatItsCapabilitiesCoverWithItsAssignmentsFirst() {
        String javanese = shell.register("Implementer", "--capability=java");
        shell.run("task", "add", "TASK-1", "--title", "Java work", "--capability", "java");
        shell.run("task", "add", "TASK-2", "--title", "Go work", "--capability", "go");
        shell.run("task", "add", "TASK-3", "--title", "Anyone's work");

        GinkoShell.Result ready = shell.asAgent(javanese).run("task", "ready");

        assertThat(ready.outLines()).containsExactly(
                "Ready tasks (2):",
                "  TASK-1  P2  Java work      needs java",
                "  TASK-3  P2  Anyone's work");
        assertThat(shell.asAgent(javanese).run("task", "ready", "--capability", "go").outLines())
                .containsExactly("Ready tasks (2):", "  TASK-2  P2  Go work        needs go",
                        "  TASK-3  P2  Anyone's work");
    }

    @Test
    void readyPrintsJsonOnRequest() throws Exception {
        shell.run("task", "add", "TASK-1", "--title", "Event log", "--estimate", "Small");

        JsonNode json = JsonMapper.builder().build().readTree(shell.run("task", "ready", "--json").out());

        assertThat(json.get("tasks")).hasSize(1);
        assertThat(json.get("tasks").get(0).get("task_id").asText()).isEqualTo("TASK-1");
        assertThat(json.get("tasks").get(0).get("status").asText()).isEqualTo("ready");
        assertThat(json.get("tasks").get(0).get("estimate").asText()).isEqualTo("Small");
    }

    @Test
    void readyWithNothingReadySaysSo() {
        assertThat(shell.run("task", "ready").outLines()).containsExactly("No ready tasks.");
    }

    @Test
    void nextClaimsTheNextReadyTaskForTheAgentAndExitsOneWhenThereIsNone() {
        GinkoShell agent = shell.asAgent(shell.register("Implementer"));
        shell.run("task", "add", "TASK-1", "--title", "Event log");
        shell.run("task", "add", "TASK-2", "--title", "Long-poll API", "--depends-on", "TASK-1");

        GinkoShell.Result first = agent.run("task", "next");
        GinkoShell.Result none = agent.run("task", "next");

        assertThat(first.exitCode()).isZero();
        assertThat(first.outLines()).containsExactly("Claimed TASK-1: Event log");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.errLines()).singleElement().asString().startsWith("ginko: no task is ready for agent_");
        agent.run("task", "complete", "TASK-1");
        assertThat(agent.run("task", "next").outLines()).containsExactly("Claimed TASK-2: Long-poll API");
    }

    @Test
    void nextCanWaitForATask() {
        GinkoShell agent = shell.asAgent(shell.register("Patient"));
        Running waiting = agent.start("task", "next", "--wait", "30s");

        shell.run("task", "add", "TASK-1", "--title", "Event log");

        GinkoShell.Result result = waiting.await();
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).containsExactly("Claimed TASK-1: Event log");
    }

    @Test
    void nextWithoutAnAgentIsAUsageError() {
        GinkoShell.Result result = shell.run("task", "next");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines().getFirst()).startsWith("ginko: no agent: set GINKO_AGENT_ID");
    }

    @Test
    void depsShowsTheTreeWithEachTasksState() {
        String implementer = shell.register("Implementer", "--id=agent_aaaaaaaaaaaa");
        GinkoShell agent = shell.asAgent(implementer);
        shell.run("task", "add", "TASK-1", "--title", "Event log");
        shell.run("task", "add", "TASK-2", "--title", "Long-poll API", "--depends-on", "TASK-1");
        shell.run("task", "add", "TASK-3", "--title", "SSE", "--depends-on", "TASK-1");
        shell.run("task", "add", "TASK-4", "--title", "Dashboard", "--depends-on", "TASK-2,TASK-3");
        shell.run("task", "add", "TASK-5", "--title", "Docs");
        agent.run("task", "claim", "TASK-1");
        agent.run("task", "complete", "TASK-1");
        agent.run("task", "claim", "TASK-2");

        GinkoShell.Result deps = shell.run("task", "deps");

        assertThat(deps.exitCode()).as(deps.err()).isZero();
        assertThat(deps.outLines()).containsExactly(
                "TASK-4        Dashboard      waiting on TASK-2, TASK-3",
                "├─ TASK-2     Long-poll API  in progress by agent_aaaaaaaaaaaa (Implementer)",
                "│  └─ TASK-1  Event log      completed by agent_aaaaaaaaaaaa (Implementer)",
                "└─ TASK-3     SSE            ready",
                "   └─ TASK-1  Event log      completed by agent_aaaaaaaaaaaa (Implementer)",
                "TASK-5        Docs           ready");
        assertThat(shell.run("task", "deps", "TASK-3").outLines()).containsExactly(
                "TASK-3     SSE        ready",
                "└─ TASK-1  Event log  completed by agent_aaaaaaaaaaaa (Implementer)");
    }

    @Test
    void depsOfAnUnknownTaskExitsOne() {
        GinkoShell.Result result = shell.run("task", "deps", "TASK-9");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("no task 'TASK-9' is defined");
    }

    @Test
    void importDefinesTheTasksOfTheReferenceSprintAndReportsTheOtherSprintsDependency() throws Exception {
        Path sprint = Path.of(getClass().getResource("/sprints/realtime-coordination-sprint.md").toURI());

        GinkoShell.Result imported = shell.run("task", "import", sprint.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.outLines()).containsExactly(
                "Imported 8 tasks from realtime-coordination-sprint.md: 8 created, 0 updated, 0 unchanged");
        assertThat(imported.errLines()).containsExactly(
                "ginko: TASK-6 depends on 'Sprint 1 TASK-6', which is not a task of this file; left out");
        assertThat(shell.run("task", "ready", "--limit", "3").outLines()).containsExactly(
                "Ready tasks (3):",
                "  TASK-1  P2  Real-Time Cursor Updates",
                "  TASK-2  P2  Event Stream Polling API",
                "  TASK-3  P2  SSE Alternative (Optional)");
        assertThat(shell.run("task", "import", sprint.toString()).outLines()).containsExactly(
                "Imported 8 tasks from realtime-coordination-sprint.md: 0 created, 0 updated, 8 unchanged");
    }

    @Test
    void importWithAPrefixKeepsTwoSprintsApartAndKeepsInFileDependencies(@TempDir Path dir) throws Exception {
        Path sprint = dir.resolve("sprint-3.md");
        Files.writeString(sprint, """
                ## Tasks

                ### TASK-1: Graph model
                **Effort:** Large

                Nodes and edges.

                ---

                ### TASK-2: Ready query
                **Effort:** Small
                **Depends:** TASK-1, None
                """);

        GinkoShell.Result imported = shell.run("task", "import", sprint.toString(), "--prefix", "S3-");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.errLines()).isEmpty();
        assertThat(shell.run("task", "deps").outLines()).containsExactly(
                "S3-TASK-2     Ready query  waiting on S3-TASK-1",
                "└─ S3-TASK-1  Graph model  ready");
    }

    @Test
    void importOfAFileWithoutTasksExitsOne(@TempDir Path dir) throws Exception {
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, "# Notes\n\nNothing to do.\n");

        GinkoShell.Result result = shell.run("task", "import", notes.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("no task in " + notes);
    }
}
