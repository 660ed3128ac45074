package ai.ginko.examples.cli;

import ai.ginko.neo4j.Neo4jCoordination;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Takes an option's value from its environment variable when the option is not given, so that an agent's shell
 * can be set up once with {@code export}. Answers null when the variable is unset or blank, and picocli then uses
 * the option's own default.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {

    static final String ORG_ENV = "GINKO_ORG";
    static final String PROJECT_ENV = "GINKO_PROJECT";
    static final String AGENT_ID_ENV = "GINKO_AGENT_ID";
    static final String USER_ENV = "GINKO_USER";
    static final String OFFLINE_AFTER_ENV = "GINKO_OFFLINE_AFTER";
    static final String AGENT_NAME_ENV = "GINKO_AGENT_NAME";
    static final String AGENT_CAPABILITIES_ENV = "GINKO_AGENT_CAPABILITIES";
    static final String GUARD_ENV = "GINKO_GUARD";
    static final String LAUNCHER_ENV = "GINKO_LAUNCHER";
    static final String MCP_NEWS_ENV = "GINKO_MCP_NEWS";
    static final String HOOK_CONFLICT_ENV = "GINKO_HOOK_CONFLICT";

    private static final Map<String, String> VARIABLES = Map.of(
            "--uri", Neo4jCoordination.URI_ENV,
            "--user", Neo4jCoordination.USER_ENV,
            "--password", Neo4jCoordination.PASSWORD_ENV,
            "--database", Neo4jCoordination.DATABASE_ENV,
            "--org", ORG_ENV,
            "--project", PROJECT_ENV,
            "--agent-id", AGENT_ID_ENV,
            "--user-id", USER_ENV,
            "--offline-after", OFFLINE_AFTER_ENV);

    /**
     * Variables of one command's options only, by command name and option: {@code ginko mcp} is the agent, and
     * {@code ginko setup} writes its name into a client's configuration.
     */
    private static final Map<String, String> COMMAND_VARIABLES = Map.ofEntries(
            Map.entry("mcp --name", AGENT_NAME_ENV),
            Map.entry("mcp --capability", AGENT_CAPABILITIES_ENV),
            Map.entry("setup --name", AGENT_NAME_ENV),
            Map.entry("setup --launcher", LAUNCHER_ENV),
            Map.entry("setup --codex-home", SetupCommand.CODEX_HOME_ENV),
            Map.entry("check --agent-name", AGENT_NAME_ENV),
            Map.entry("check --mode", GUARD_ENV),
            Map.entry("install --launcher", LAUNCHER_ENV),
            Map.entry("mcp --news", MCP_NEWS_ENV),
            Map.entry("hook --conflict", HOOK_CONFLICT_ENV),
            Map.entry("hook --agent-name", AGENT_NAME_ENV));

    /** The default value that picocli reads as none. */
    private static final String PICOCLI_NULL = "_NULL_";

    private final Map<String, String> environment;

    EnvironmentDefaults(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The variables the defaults are read from. */
    Map<String, String> environment() {
        return environment;
    }

    @Override
    public @Nullable String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option)) {
            return null;
        }
        // The command's own name: the last word of "ginko hook", the name of the hook's own command line.
        String command = option.command().name();
        // Picocli expands ${...} in default values and reads "$$" as "$": escaped, so that a value reaches the
        // command as it is in the variable (a password with a '$' in it), as it does without picocli.
        return optionValue(command.substring(command.lastIndexOf(' ') + 1), option.longestName())
                .map(value -> value.replace("$", "$$")).orElse(null);
    }

    /**
     * The value that option {@code option} (its longest name) of {@code command} takes from its variable: stripped,
     * and absent when the variable is unset or blank. What {@link #defaultValue} gives picocli, for the commands
     * that read their options without it.
     */
    Optional<String> optionValue(String command, String option) {
        String value = variable(command, option).map(environment::get).orElse(null);
        // Picocli takes a default of _NULL_ for no value at all: so do the commands that read without it.
        return value == null || value.isBlank() || value.strip().equals(PICOCLI_NULL)
                ? Optional.empty() : Optional.of(value.strip());
    }

    /** The variable that option {@code option} (its longest name) of {@code command} takes its value from. */
    static Optional<String> variable(String command, String option) {
        return Optional.ofNullable(COMMAND_VARIABLES.getOrDefault(command + " " + option, VARIABLES.get(option)));
    }
}
