package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** {@link SessionCli}, the command line of {@code ginko hook} and {@code ginko mcp}, is theirs in the full one. */
class SessionCliTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("GINKO_ORG", "acme", "GINKO_PROJECT", "api",
            "GINKO_AGENT_ID", "agent_0123456789ab", "GINKO_HOOK_CONFLICT", "ask", "GINKO_AGENT_NAME", "Claude");

    @ParameterizedTest
    @ValueSource(strings = {"hook", "mcp"})
    void theCommandHasTheSameOptionsWithTheSameDefaultsAsInTheFullCommandLine(String command) {
        CommandLine full = GinkoCli.commandLine(ENVIRONMENT).getSubcommands().get(command);
        CommandLine session = GinkoCli.sessionCommandLine(ENVIRONMENT).getSubcommands().get(command);

        assertThat(options(session)).isEqualTo(options(full));
        assertThat(session.getCommandSpec().qualifiedName()).isEqualTo("ginko " + command);
    }

    @Test
    void everyCommandItIsChosenForIsOneOfItsSubcommands() {
        assertThat(new CommandLine(SessionCli.class).getSubcommands().keySet()).containsAll(SessionCli.COMMANDS);
    }

    /** Each option as its names and its default value with the environment applied. */
    private static List<String> options(CommandLine command) {
        return command.getCommandSpec().options().stream()
                .map(option -> String.join("|", option.names()) + "=" + defaultValue(command, option))
                .toList();
    }

    private static String defaultValue(CommandLine command, OptionSpec option) {
        try {
            return String.valueOf(command.getDefaultValueProvider().defaultValue(option));
        } catch (Exception e) {
            return "failed: " + e;
        }
    }
}
