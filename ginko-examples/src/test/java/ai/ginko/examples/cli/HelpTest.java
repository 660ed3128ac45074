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
        "agent deregister", "task", "task claim", "task complete", "task release", "log", "events", "token",
        "token create", "token list", "token revoke"})
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
        assertThat(result.err()).startsWith("ginko: Unknown command 'agnet'").contains("agent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nonsense --help", "--help nonsense", "nonsense --version", "help nonsense"})
    void unknownCommandIsAUsageErrorEvenWithHelp(String command) {
        GinkoShell.Result result = shell.run(command.split(" "));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).containsIgnoringCase("Unknown").contains("'nonsense'");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void unknownSubcommandNamesItsCommandGroup() {
        GinkoShell.Result result = shell.run("agent", "nonsense", "--help");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("ginko: Unknown command 'nonsense' for 'ginko agent'")
                .contains("Try 'ginko agent --help'");
        assertThat(result.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"log --bogus --help", "log hello --bogus", "--bogus", "agent status --bogus",
        "events --since 0 --bogus --help", "task claim T-1 --bogus=1", "token list --bogus", "devdb --help --bogus"})
    void everyUnknownOptionNamesItself(String command) {
        GinkoShell.Result result = shell.run(command.split(" "));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("ginko: Unknown option: '--bogus").contains("--help' for more");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void severalUnknownOptionsAreNamedEachOne() {
        GinkoShell.Result result = shell.run("log", "hello", "--bogus", "--zap=1", "--help");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("ginko: Unknown options: '--bogus', '--zap=1'");
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
