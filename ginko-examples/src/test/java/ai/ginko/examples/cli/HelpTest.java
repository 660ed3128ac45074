package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {

    private final GinkoShell shell = GinkoShell.fresh();

    @ParameterizedTest
    @ValueSource(strings = {"", "devdb", "agent", "agent status", "agent register", "agent heartbeat",
        "agent deregister", "task", "task claim", "task complete", "task release", "log", "events"})
    void everyCommandHasHelp(String command) {
        String[] args = (command + " --help").strip().split(" ");

        GinkoShell.Result result = shell.run(args);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: ginko " + command);
    }

    @Test
    void versionNamesTheBuildAndTheJava() {
        GinkoShell.Result result = shell.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines().getFirst()).matches("ginko \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void unknownCommandIsAUsageErrorWithSuggestions() {
        GinkoShell.Result result = shell.run("agnet");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("ginko: Unmatched argument at index 0: 'agnet'").contains("agent");
    }

    @Test
    void missingSubcommandIsAUsageError() {
        assertThat(shell.run("task").exitCode()).isEqualTo(2);
    }

    @Test
    void rootHelpListsTheEnvironmentVariables() {
        assertThat(shell.run("--help").out()).contains("GINKO_NEO4J_URI", "GINKO_ORG", "GINKO_AGENT_ID");
        assertThat(GinkoCli.commandLine(Map.of()).getSubcommands()).containsKeys("devdb", "agent", "task", "log",
                "events");
    }
}
