package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code ginko mcp} without arguments reads its options from the environment without picocli
 * ({@link McpCommand#fromEnvironment}): it must read exactly what picocli reads, for any environment, and leave
 * to picocli every environment that picocli's path would refuse.
 */
class McpCommandWithoutPicocliTest {

    /** Where picocli puts its model of the command, which the server reads only to report a usage error. */
    private static final String[] PICOCLI_ONLY = {"spec", "connection.command"};

    /** Each variable the server reads, with the values it may take (some refused: a blank name, news "maybe"). */
    private static final Map<String, List<String>> VARIABLES = Map.ofEntries(
            Map.entry("GINKO_NEO4J_URI", List.of("bolt://db.example:7687", " neo4j://127.0.0.1:7699 ", "  ")),
            Map.entry("GINKO_NEO4J_USER", List.of("neo4j", " reader ", "")),
            Map.entry("GINKO_NEO4J_PASSWORD", List.of("secret", " s e c r e t ", " ", "p$$w", "pa${ss}wd", "ab${")),
            Map.entry("GINKO_NEO4J_DATABASE", List.of("ginko", " other ", " ")),
            Map.entry("GINKO_ORG", List.of("acme", " Grüße 世界 ")),
            Map.entry("GINKO_PROJECT", List.of("shop", " api ")),
            Map.entry("GINKO_AGENT_ID", List.of("agent_0123456789ab", " agent_x ", " ")),
            Map.entry("GINKO_USER", List.of("alice", " bob ", " ", "_NULL_")),
            Map.entry("GINKO_OFFLINE_AFTER", List.of("2m", " 45s ", " ")),
            Map.entry("GINKO_AGENT_NAME", List.of("Claude-Implementer", " Reviewer ")),
            Map.entry("GINKO_AGENT_CAPABILITIES", List.of("java", " java, sql ,review ", "a,,b", " ")),
            Map.entry("GINKO_MCP_NEWS", List.of("off", " ON ", "maybe", " ")),
            // Read by other commands only: the server must not take them for its own.
            Map.entry("GINKO_HOOK_CONFLICT", List.of("ask", " ")),
            Map.entry("GINKO_GUARD", List.of("warn", "block")));

    static Stream<Map<String, String>> environments() {
        return RandomEnvironments.of(VARIABLES);
    }

    private static McpCommand byPicocli(Map<String, String> environment) {
        return (McpCommand) GinkoCli.mcpCommandLine(environment).parseArgs().commandSpec().userObject();
    }

    @ParameterizedTest
    @MethodSource("environments")
    void readsWhatPicocliReadsOrLeavesToPicocliWhatItRefuses(Map<String, String> environment) {
        Optional<McpCommand> withoutPicocli = McpCommand.fromEnvironment(environment);

        if (withoutPicocli.isPresent()) {
            assertThat(withoutPicocli.get()).usingRecursiveComparison().ignoringFields(PICOCLI_ONLY)
                    .isEqualTo(byPicocli(environment));
        } else {
            assertThatThrownBy(() -> byPicocli(environment).checkSettings()).isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void theEnvironmentsIncludeBothServedAndRefusedSettings() {
        assertThat(environments().map(McpCommand::fromEnvironment))
                .anyMatch(Optional::isPresent)
                .anyMatch(Optional::isEmpty);
    }

    @Test
    void comparesEveryOptionThatReadsAVariable() {
        CommandSpec spec = GinkoCli.mcpCommandLine(Map.of()).getCommandSpec();

        List<String> variables = spec.options().stream().map(OptionSpec::longestName)
                .flatMap(option -> EnvironmentDefaults.variable(McpCommand.NAME, option).stream()).toList();

        assertThat(variables).isNotEmpty();
        assertThat(VARIABLES).containsKeys(variables.toArray(String[]::new));
    }

    @Test
    void aQuotedListOfCapabilitiesIsLeftToPicocli() {
        Map<String, String> environment = Map.of("GINKO_AGENT_NAME", "Claude", "GINKO_ORG", "acme",
                "GINKO_PROJECT", "shop", "GINKO_AGENT_CAPABILITIES", "\"java,sql\",review");

        assertThat(McpCommand.fromEnvironment(environment)).isEmpty();
    }

    @Test
    void aDurationItCannotReadIsLeftToPicocli() {
        Map<String, String> environment = Map.of("GINKO_AGENT_NAME", "Claude", "GINKO_ORG", "acme",
                "GINKO_PROJECT", "shop", "GINKO_OFFLINE_AFTER", "soon");

        assertThat(McpCommand.fromEnvironment(environment)).isEmpty();
        assertThatThrownBy(() -> byPicocli(environment)).hasMessageContaining("'soon' is not a duration");
    }
}
