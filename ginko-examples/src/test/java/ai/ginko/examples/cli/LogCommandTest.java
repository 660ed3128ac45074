package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class LogCommandTest {

    private final GinkoShell shell = GinkoShell.fresh();

    @Test
    void printsTheStoredEventsSequenceAndId() {
        GinkoShell.Result result = shell.run("log", "Chose a token bucket", "--category=decision");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("Logged event #1 \\(id [0-9a-f-]{36}\\)\\R");
    }

    @Test
    void logsAsTheUserWithoutAnAgent() throws Exception {
        shell.run("log", "Chose a token bucket", "--category=decision", "--impact=fewer retries", "--task=TASK-4",
                "--meta=pr=42", "--meta=area=api");

        JsonNode event = onlyEvent();
        assertThat(event.get("agent_id").isNull()).isTrue();
        assertThat(event.get("user_id").asText()).isEqualTo("tester");
        assertThat(event.get("category").asText()).isEqualTo("decision");
        assertThat(event.get("impact").asText()).isEqualTo("fewer retries");
        assertThat(event.get("task_id").asText()).isEqualTo("TASK-4");
        assertThat(event.get("metadata").get("pr").asText()).isEqualTo("42");
        assertThat(event.get("metadata").get("area").asText()).isEqualTo("api");
    }

    @Test
    void logsAsTheAgentWhenAgentIdIsSet() throws Exception {
        String agentId = shell.register("Claude-Implementer");

        assertThat(shell.asAgent(agentId).run("log", "Fixed the flaky test", "--category=fix").exitCode()).isZero();

        assertThat(onlyEvent().get("agent_id").asText()).isEqualTo(agentId);
    }

    @Test
    void agentsBlockerIsAboutItsCurrentTaskUnlessTold() throws Exception {
        GinkoShell agent = shell.asAgent(shell.register("Claude-Implementer"));
        agent.run("task", "claim", "TASK-4");

        agent.run("log", "Rate limited", "--category=blocker", "--blocked-by=API rate limit", "--blocking=TASK-6");

        assertThat(shell.run("agent", "status").out()).contains("TASK-4 blocked by: API rate limit (medium severity)");
    }

    @Test
    void resolvingABlockerRemovesItFromStatus() {
        GinkoShell.Result blocker = shell.run("log", "VPN down", "--category=blocker", "--blocked-by=VPN",
                "--blocking=TASK-1", "--severity=critical");
        String blockerId = blocker.out().replaceAll("(?s).*\\(id (.*)\\).*", "$1");

        GinkoShell.Result resolution = shell.run("log", "--resolve", blockerId, "VPN is back");

        assertThat(resolution.exitCode()).as(resolution.err()).isZero();
        assertThat(shell.run("agent", "status").out()).contains("Blockers (0):");
    }

    @Test
    void resolvingAResolvedBlockerAgainFailsNamingItAndLogsNothing() {
        GinkoShell.Result blocker = shell.run("log", "VPN down", "--category=blocker", "--blocked-by=VPN",
                "--blocking=TASK-1");
        String blockerId = blocker.out().replaceAll("(?s).*\\(id (.*)\\).*", "$1");
        assertThat(shell.run("log", "--resolve", blockerId, "VPN is back").exitCode()).isZero();
        String eventsBefore = shell.run("events", "--since", "0", "--timeout", "0").out();

        GinkoShell.Result again = shell.run("log", "--resolve", blockerId, "VPN is back again");

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.errLines()).singleElement().asString()
                .startsWith("ginko: resolvesEventId: blocker event '" + blockerId + "' in org-")
                .endsWith("/checkout is already resolved");
        assertThat(shell.run("events", "--since", "0", "--timeout", "0").out()).isEqualTo(eventsBefore);
    }

    @Test
    void unknownCategoryExitsTwoListingTheValidValues() {
        GinkoShell.Result result = shell.run("log", "hello", "--category=nonsense");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines().getFirst()).isEqualTo("ginko: Invalid value for option '--category': category "
                + "must be one of fix, feature, decision, insight, git, achievement, blocker, blocker_resolved, task, "
                + "message, reservation, was nonsense");
    }

    @Test
    void badSeverityExitsTwoListingTheValidValues() {
        GinkoShell.Result result = shell.run("log", "hello", "--category=blocker", "--blocked-by=x",
                "--severity=extreme");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("severity must be one of low, medium, high, critical, was extreme");
    }

    @Test
    void missingCategoryExitsTwo() {
        GinkoShell.Result result = shell.run("log", "hello");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly(
                "ginko: missing --category (one of fix, feature, decision, insight, git, achievement, blocker, "
                        + "blocker_resolved, task, message, reservation)",
                "Try 'ginko log --help' for more information.");
    }

    @Test
    void blockerWithoutBlockedByExitsTwo() {
        GinkoShell.Result result = shell.run("log", "hello", "--category=blocker");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("ginko: a blocker needs --blocked-by WHAT");
    }

    @Test
    void blockerOptionsOnAnotherCategoryExitTwo() {
        assertThat(shell.run("log", "hello", "--category=fix", "--severity=high").exitCode()).isEqualTo(2);
    }

    @Test
    void invalidValueRejectedByTheLibraryExitsTwo() {
        GinkoShell.Result result = shell.run("log", "   ", "--category=fix");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("ginko: description must not be blank");
    }

    @Test
    void unknownAgentExitsOne() {
        GinkoShell.Result result = shell.asAgent("agent_000000000000").run("log", "hello", "--category=fix");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString()
                .contains("no agent 'agent_000000000000' is registered").endsWith("(see 'ginko agent register')");
    }

    @Test
    void resolvingAnUnknownBlockerExitsOne() {
        GinkoShell.Result result = shell.run("log", "--resolve=no-such-event", "done");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString().contains("no blocker event 'no-such-event'");
    }

    private JsonNode onlyEvent() throws Exception {
        GinkoShell.Result events = shell.run("events", "--timeout=0", "--json");
        assertThat(events.outLines()).hasSize(1);
        return new ObjectMapper().readTree(events.out());
    }
}
