package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventsCommandTest {

    private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";

    private final GinkoShell shell = GinkoShell.fresh();

    @Test
    void printsOneLinePerEventSinceTheSequence() {
        String agentId = shell.register("Claude-Implementer");
        shell.asAgent(agentId).run("task", "claim", "TASK-4");
        shell.run("log", "Chose a token bucket\nover a leaky one", "--category=decision");

        GinkoShell.Result result = shell.run("events", "--since", "0", "--timeout", "1");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).hasSize(2);
        assertThat(result.outLines().get(0))
                .matches("#1  " + TIME + "  " + agentId + "  task              claimed TASK-4");
        assertThat(result.outLines().get(1))
                .matches("#2  " + TIME + "  tester  decision          Chose a token bucket over a leaky one");
        assertThat(shell.run("events", "--since", "1", "--timeout", "1").outLines()).singleElement()
                .asString().startsWith("#2  ");
    }

    @Test
    void printsNothingWhenTheTimeoutPassesWithoutAnEvent() {
        shell.run("log", "one", "--category=insight");
        Instant start = Instant.now();

        GinkoShell.Result result = shell.run("events", "--since", "1", "--timeout", "1");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void limitCapsTheNumberOfEvents() {
        for (int i = 1; i <= 3; i++) {
            shell.run("log", "insight " + i, "--category=insight");
        }

        assertThat(shell.run("events", "--limit=2", "--timeout=0").outLines()).hasSize(2);
    }

    @Test
    void jsonPrintsOneObjectPerLine() throws Exception {
        shell.run("log", "one", "--category=insight");
        shell.run("log", "two", "--category=fix");

        GinkoShell.Result result = shell.run("events", "--json", "--timeout=0");

        ObjectMapper json = new ObjectMapper();
        assertThat(result.outLines()).extracting(line -> json.readTree(line).get("description").asText())
                .containsExactly("one", "two");
        assertThat(json.readTree(result.outLines().get(1)).get("sequence").asLong()).isEqualTo(2);
    }

    @Test
    void followPrintsEventsLoggedAfterItStarted() throws Exception {
        shell.run("log", "before", "--category=insight");
        Running follow = shell.start("events", "--follow");
        follow.awaitOutput(out -> out.contains("before"));

        shell.run("log", "after", "--category=insight");
        follow.awaitOutput(out -> out.contains("after"));
        GinkoShell.Result result = follow.interrupt();

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).hasSize(2);
        assertThat(result.outLines().get(1)).matches("#2  .*  insight  +after");
    }

    @Test
    void timeoutOutOfRangeIsAUsageError() {
        GinkoShell.Result result = shell.run("events", "--timeout=31");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines().getFirst())
                .isEqualTo("ginko: --timeout must be between 0 and 30 seconds, was 31");
    }
}
