package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertLinesMatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatusCommandTest {

    private static final String AGE = "\\(\\d+s ago\\)";

    private final GinkoShell shell = GinkoShell.fresh();
    private final GinkoShell implementer = shell.asAgent("agent_abc123");
    private final GinkoShell reviewer = shell.asAgent("agent_def456");

    @BeforeEach
    void twoAgentsOneBusyWithABlocker() {
        shell.register("Claude-Implementer", "--id=agent_abc123");
        shell.register("GPT-Reviewer", "--id=agent_def456", "--capability=review");
        assertThat(implementer.run("task", "claim", "TASK-4").exitCode()).isZero();
        assertThat(implementer.run("log", "Rate limited", "--category=blocker", "--task=TASK-5",
                "--blocked-by=API rate limit", "--blocking=TASK-6,TASK-8", "--severity=high").exitCode()).isZero();
    }

    @Test
    void showsActiveAgentsAndBlockersInTheDocumentedLayout() {
        GinkoShell.Result result = shell.run("agent", "status");

        assertThat(result.exitCode()).isZero();
        assertLinesMatch(List.of(
                "Active Agents (2):",
                "  agent_abc123  Claude-Implementer  busy  TASK-4 " + AGE,
                "  agent_def456  GPT-Reviewer        idle  - " + AGE,
                "",
                "Blockers (1):",
                "  TASK-5 blocked by: API rate limit (high severity)",
                "    Affects: TASK-6, TASK-8"), result.outLines());
    }

    @Test
    void hidesOfflineAgentsUnlessAll() {
        assertThat(shell.run("agent", "deregister", "agent_def456").exitCode()).isZero();

        assertThat(shell.run("agent", "status").out()).doesNotContain("agent_def456").contains("Active Agents (1):");
        assertLinesMatch(List.of(
                "Active Agents (1):",
                "  agent_abc123  Claude-Implementer  busy     TASK-4 " + AGE,
                "",
                "Offline Agents (1):",
                "  agent_def456  GPT-Reviewer        offline  - " + AGE,
                ">> blockers >>"), shell.run("agent", "status", "--all").outLines());
    }

    @Test
    void jsonHasTheSameDataAsOneObject() throws Exception {
        GinkoShell.Result result = shell.run("agent", "status", "--json");

        assertThat(result.outLines()).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("agents")).extracting(a -> a.get("agent_id").asText())
                .containsExactly("agent_abc123", "agent_def456");
        JsonNode busy = json.get("agents").get(0);
        assertThat(busy.get("status").asText()).isEqualTo("busy");
        assertThat(busy.get("current_task").asText()).isEqualTo("TASK-4");
        assertThat(busy.get("seconds_since_heartbeat").asLong()).isBetween(0L, 60L);
        assertThat(busy.get("last_heartbeat").asText()).endsWith("Z");
        assertThat(json.get("agents").get(1).get("current_task").isNull()).isTrue();
        JsonNode blocker = json.get("blockers").get(0);
        assertThat(blocker.get("blocked_by").asText()).isEqualTo("API rate limit");
        assertThat(blocker.get("blocking_tasks")).extracting(JsonNode::asText).containsExactly("TASK-6", "TASK-8");
        assertThat(blocker.get("severity").asText()).isEqualTo("high");
        assertThat(blocker.get("description").asText()).isEqualTo("Rate limited");
        assertThat(blocker.get("agent_id").asText()).isEqualTo("agent_abc123");
        assertThat(blocker.get("id").asText()).isNotBlank();
    }

    @Test
    void watchRedrawsUntilInterrupted() throws Exception {
        Running watch = shell.start("agent", "status", "--watch");

        watch.awaitOutput(out -> out.split("\u001b\\[H\u001b\\[2J", -1).length > 2);
        GinkoShell.Result result = watch.interrupt();

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("\u001b[H\u001b[2JActive Agents (2):");
    }
}
