package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command lines of the commands AI clients start on their own, {@link GinkoCli#mcpCommandLine} and
 * {@link GinkoCli#hookCommandLine}, are theirs in the full one.
 */
class SessionCommandLinesTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("GINKO_ORG", "acme", "GINKO_PROJECT", "api",
            "GINKO_AGENT_ID", "agent_0123456789ab", "GINKO_HOOK_CONFLICT", "ask", "GINKO_AGENT_NAME", "Claude");

    @ParameterizedTest
    @ValueSource(strings = {"mcp", "hook"})
    void aCommandParsedAloneHasTheSameOptionsWithTheSameDefaultsAsInTheFullCommandLine(String name) {
        CommandLine full = GinkoCli.commandLine(ENVIRONMENT).getSubcommands().get(name);
        CommandLine own = name.equals("mcp") ? GinkoCli.mcpCommandLine(ENVIRONMENT)
                : GinkoCli.hookCommandLine(ENVIRONMENT);

        assertThat(options(own)).isEqualTo(options(full));
        assertThat(own.getCommandSpec().qualifiedName()).isEqualTo("ginko " + name);
    }

    @Test
    void aHookWithAnUnknownOptionSaysWhyOnStderrAndExitsZeroForClaudeCodeTakesTwoForABlockingError() {
        CommandLine hook = GinkoCli.hookCommandLine(ENVIRONMENT);
        StringWriter err = new StringWriter();
        hook.setErr(new PrintWriter(err, true));

        int exitCode = hook.execute("--bogus");

        assertThat(exitCode).isZero();
        assertThat(err.toString()).contains("Unknown option: '--bogus'").contains("'ginko hook --help'");
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
