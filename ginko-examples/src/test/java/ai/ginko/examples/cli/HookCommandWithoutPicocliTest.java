package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code ginko hook} without arguments reads its options from the environment without picocli
 * ({@link HookCommand#runWithoutArguments}): it must read exactly what picocli reads, for any environment.
 */
class HookCommandWithoutPicocliTest {

    /** Where picocli puts its model of the command, which the hook reads only to parse its arguments again. */
    private static final String[] PICOCLI_ONLY = {"spec", "connection.command", "agent.command"};

    /** Each variable the hook reads, with the values it may take: a plain one, one padded with blanks, a blank. */
    private static final Map<String, List<String>> VARIABLES = Map.ofEntries(
            Map.entry("GINKO_NEO4J_URI", List.of("bolt://db.example:7687", " neo4j://127.0.0.1:7699 ", "  ")),
            Map.entry("GINKO_NEO4J_USER", List.of("neo4j", " reader ", "")),
            Map.entry("GINKO_NEO4J_PASSWORD", List.of("secret", " s e c r e t ", " ", "p$$w", "pa${ss}wd", "ab${")),
            Map.entry("GINKO_NEO4J_DATABASE", List.of("ginko", " other ", " ")),
            Map.entry("GINKO_ORG", List.of("acme", " Grüße 世界 ", " ")),
            Map.entry("GINKO_PROJECT", List.of("shop", " api ", "")),
            Map.entry("GINKO_AGENT_ID", List.of("agent_0123456789ab", " agent_x ", " ")),
            Map.entry("GINKO_USER", List.of("alice", " bob ", " ", "_NULL_")),
            Map.entry("GINKO_OFFLINE_AFTER", List.of("2m", " 45s ", " ")),
            Map.entry("GINKO_AGENT_NAME", List.of("Claude-Implementer", " Reviewer ", "")),
            Map.entry("GINKO_HOOK_CONFLICT", List.of("ask", " deny ", " ")),
            // Read by other commands only: the hook must not take them for its own.
            Map.entry("GINKO_AGENT_CAPABILITIES", List.of("java", " ")),
            Map.entry("GINKO_GUARD", List.of("warn", "block")));

    static Stream<Map<String, String>> environments() {
        return RandomEnvironments.of(VARIABLES);
    }

    @ParameterizedTest
    @MethodSource("environments")
    void readsWhatPicocliReadsFromTheSameEnvironment(Map<String, String> environment) {
        HookCommand byPicocli = (HookCommand) GinkoCli.hookCommandLine(environment).parseArgs().commandSpec()
                .userObject();

        HookCommand withoutPicocli = HookCommand.fromEnvironment(environment);

        assertThat(withoutPicocli).usingRecursiveComparison().ignoringFields(PICOCLI_ONLY).isEqualTo(byPicocli);
    }

    @Test
    void comparesEveryOptionThatReadsAVariable() {
        CommandSpec spec = GinkoCli.hookCommandLine(Map.of()).getCommandSpec();

        List<String> variables = spec.options().stream().map(OptionSpec::longestName)
                .flatMap(option -> EnvironmentDefaults.variable(HookCommand.NAME, option).stream()).toList();

        assertThat(variables).isNotEmpty();
        assertThat(VARIABLES).containsKeys(variables.toArray(String[]::new));
    }

    @Test
    void aVariableItCannotReadFailsAsPicocliDoes() {
        Map<String, String> environment = Map.of("GINKO_OFFLINE_AFTER", "soon");

        assertThatThrownBy(() -> HookCommand.fromEnvironment(environment))
                .hasMessage("'soon' is not a duration such as 500ms, 10s, 2m or 1h");
        assertThatThrownBy(() -> GinkoCli.hookCommandLine(environment).parseArgs())
                .hasMessageContaining("'soon' is not a duration such as 500ms, 10s, 2m or 1h");
    }

    @Test
    void aVariableItCannotReadEndsTheHookWithExitCodeZeroAndNothingOnStdout() {
        StringWriter stdout = new StringWriter();

        int exitCode = HookCommand.runWithoutArguments(Map.of("GINKO_OFFLINE_AFTER", "soon"), new PrintWriter(stdout));

        assertThat(exitCode).isZero();
        assertThat(stdout.toString()).isEmpty();
    }
}
