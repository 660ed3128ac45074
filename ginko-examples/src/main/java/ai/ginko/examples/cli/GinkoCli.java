package ai.ginko.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;

/**
 * The {@code ginko} command line: lets people and agents that are not Java programs register, claim tasks, log
 * events and watch the shared log from a shell.
 *
 * <p>Exit codes: 0 on success, 1 when the command could not do its work (database unreachable, task held by
 * another agent, …), 2 on usage errors (unknown option, invalid value, missing setting).
 */
@Command(name = "ginko",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = VersionProvider.class,
        description = "Coordinate AI agents through a shared Neo4j graph.",
        subcommands = {
            DevDbCommand.class,
            AgentCommand.class,
            TaskCommand.class,
            LogCommand.class,
            EventsCommand.class,
            MsgCommand.class,
            InboxCommand.class,
            DashboardCommand.class,
            TokenCommand.class,
            ReserveCommand.class,
            ReleaseCommand.class,
            ReservationsCommand.class,
            GuardCommand.class,
            McpCommand.class,
            SetupCommand.class,
            HookCommand.class,
            HelpCommand.class
        })
public final class GinkoCli {

    /** Shown under {@code ginko --help} only: the subcommands' help lists each option with its variable. */
    private static final String[] ENVIRONMENT_HELP = {
        "",
        "Environment (each also an option of the commands that use it):",
        "  GINKO_NEO4J_URI       Neo4j to connect to (--uri; default",
        "                        bolt://127.0.0.1:7687, where 'ginko devdb' listens)",
        "  GINKO_NEO4J_USER      Neo4j credentials (--user, --password;",
        "  GINKO_NEO4J_PASSWORD  none needed for 'ginko devdb')",
        "  GINKO_NEO4J_DATABASE  Neo4j database (--database; default: the server's own)",
        "  GINKO_ORG             the organization and project to act in",
        "  GINKO_PROJECT         (--org, --project; required)",
        "  GINKO_AGENT_ID        the registered agent to act as (--agent-id)",
        "  GINKO_OFFLINE_AFTER   silence after which an agent counts as offline and its",
        "                        tasks can be taken over (--offline-after; default 30s)",
        "  GINKO_USER            who you are in the log (--user-id; default: OS user)",
        "  GINKO_AGENT_NAME      'ginko mcp': the agent's name and capabilities",
        "  GINKO_AGENT_CAPABILITIES  (--name, --capability); the name is also the",
        "                        agent of 'ginko hook' and 'ginko check' (--agent-name)",
        "                        and the one 'ginko setup' writes (--name)",
        "",
        "Exit status: 0 success; 1 failure (database unreachable, task held by another",
        "agent, ...); 2 usage error (unknown option, invalid value, missing setting).",
        "'ginko hook' exits 0 whatever happens (Claude Code takes 2 for a refusal) and",
        "says why on stderr."
    };

    private GinkoCli() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // Answered before picocli builds its model of every command, which is most of this command's time:
            // the same lines picocli prints (LauncherTest compares them).
            for (String line : new VersionProvider().getVersion()) {
                System.out.println(line);
            }
            return;
        }
        if (args.length > 0 && args[0].equals("hook")) {
            HookWarmUp.start();
            // Around every tool call, when no `ginko mcp` answers: without arguments (as `ginko setup claude-code`
            // configures it) without picocli at all, else with the hook's own command alone as the command line.
            System.exit(args.length == 1 ? HookCommand.runWithoutArguments(System.getenv(), stdout())
                    : execute(hookCommandLine(System.getenv()), Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals(McpCommand.NAME)) {
            // At every session start of an AI client, which waits for it: the same, for the server, except that
            // settings picocli would refuse go its way, for its words and exit code.
            Optional<McpCommand> withoutPicocli = args.length == 1
                    ? McpCommand.fromEnvironment(System.getenv()) : Optional.empty();
            System.exit(withoutPicocli.isPresent() ? runWithoutPicocli(withoutPicocli.get())
                    : execute(mcpCommandLine(System.getenv()), Arrays.copyOfRange(args, 1, args.length)));
        }
        System.exit(execute(commandLine(System.getenv()), args));
    }

    /** Runs a command read without picocli, its failures reported as picocli's path reports them. */
    private static int runWithoutPicocli(Callable<Integer> command) {
        try {
            return command.call();
        } catch (Exception e) {
            return ErrorReporter.reportFailure(e, System.err);
        }
    }

    private static int execute(CommandLine commandLine, String[] args) {
        commandLine.setOut(stdout());
        return commandLine.execute(args);
    }

    /**
     * Straight onto System.out, so that checkError() sees a closed pipe (picocli's default writer hides it), in
     * UTF-8 whatever the locale: what the commands print is read by programs (Claude Code reads a hook's JSON as
     * UTF-8, agents run the commands through their shell tools, scripts read --json), and in the C locale of many
     * containers the JVM's default would turn every other character into '?' (SetupHookFallbackTest).
     */
    private static PrintWriter stdout() {
        return new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    }

    /**
     * The command line with its defaults read from {@code environment} instead of the process environment, so that
     * tests can run commands in-process with their own settings.
     */
    public static CommandLine commandLine(Map<String, String> environment) {
        CommandLine commandLine = configured(new CommandLine(new GinkoCli()), environment);
        commandLine.getCommandSpec().usageMessage().footer(ENVIRONMENT_HELP);
        return commandLine;
    }

    /** {@code ginko mcp}'s command alone as the whole command line (see {@link #ownCommandLine}). */
    static CommandLine mcpCommandLine(Map<String, String> environment) {
        return ownCommandLine(McpCommand.class, environment);
    }

    /**
     * {@code ginko hook}'s command alone as the whole command line (see {@link #ownCommandLine}), except that an
     * option it cannot read ends it with exit code 0.
     */
    static CommandLine hookCommandLine(Map<String, String> environment) {
        CommandLine hook = ownCommandLine(HookCommand.class, environment);
        // Claude Code takes exit code 2 for a blocking error (a PreToolUse's tool call refused): a hook that cannot
        // even read its own options says why on stderr and exits 0, as for any other failure.
        ErrorReporter reporter = new ErrorReporter();
        hook.setParameterExceptionHandler((e, args) -> {
            reporter.handleParseException(e, args);
            return CommandLine.ExitCode.OK;
        });
        return hook;
    }

    /**
     * One subcommand alone as the whole command line (its arguments without its name), with the settings of
     * {@link #commandLine} and what the subcommand inherits there: for the commands AI clients start on their own,
     * {@code ginko mcp} at every session start and {@code ginko hook} around every tool call. Picocli builds the
     * model of every command (options, mixins, help texts, by reflection) before it runs one, and its classes
     * cannot be in a class cache: the full model was a third of these commands' start-up. Same names, options and
     * defaults as in the full command line ({@code SessionCommandLinesTest} compares them).
     */
    private static CommandLine ownCommandLine(Class<?> command, Map<String, String> environment) {
        CommandLine own = new CommandLine(command);
        own.getCommandSpec().mixinStandardHelpOptions(true).versionProvider(new VersionProvider());
        own.getCommandSpec().usageMessage().sortOptions(false);
        // Its name in the full command line's help and errors; EnvironmentDefaults reads the last word.
        own.setCommandName("ginko " + own.getCommandName());
        return configured(own, environment);
    }

    /** The settings every command line of {@code ginko} shares: defaults, converters, error handling. */
    static CommandLine configured(CommandLine commandLine, Map<String, String> environment) {
        commandLine.setDefaultValueProvider(new EnvironmentDefaults(environment));
        WireValues.registerConverters(commandLine);
        commandLine.registerConverter(Duration.class, new DurationConverter());
        commandLine.setExecutionStrategy(new UnknownArguments());
        ErrorReporter reporter = new ErrorReporter();
        commandLine.setParameterExceptionHandler(reporter);
        commandLine.setExecutionExceptionHandler(reporter);
        return commandLine;
    }
}
