package ai.ginko.examples.cli;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.CoordinationClient;
import ai.ginko.examples.hook.ConflictMode;
import ai.ginko.examples.hook.HookInput;
import ai.ginko.examples.hook.HookResponder;
import ai.ginko.examples.hook.ProjectServerEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code ginko hook}: answers one Claude Code hook from the command line, for when no {@code ginko mcp} process of
 * the session answers it (the launcher tries that first; see {@link ai.ginko.examples.hook.HookServer}).
 *
 * <p>It never stands in the agent's way: whatever fails (bad input, no agent set, the database down or slow), it
 * prints nothing on stdout, says why on stderr and exits 0, and it gives up on the database after {@link #DEADLINE}
 * so that a hook ends well inside Claude Code's timeout.
 */
@Command(name = HookCommand.NAME, description = {
    "Answer a Claude Code hook (its JSON on stdin) as the agent: the news as additionalContext, an overview at "
            + "SessionStart, a PreToolUse decision on an edit of a file another agent holds exclusively. Exits 0 "
            + "whatever happens; reasons go to stderr."})
final class HookCommand implements Callable<Integer> {

    /** How long the command waits to be connected to the database before it gives up, printing nothing. */
    static final Duration DEADLINE = Duration.ofSeconds(3);
    static final String NAME = "hook";
    static final String DEFAULT_CONFLICT = "deny";

    @Spec
    private CommandSpec spec;

    @Option(names = "--conflict", paramLabel = "deny|ask", defaultValue = DEFAULT_CONFLICT,
            description = "PreToolUse of an edit of a file another agent holds exclusively: deny it (the reason goes "
                    + "to Claude) or ask the user (env GINKO_HOOK_CONFLICT; default: ${DEFAULT-VALUE}).")
    private String conflict;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private AgentOption agent;

    @Option(names = "--agent-name", paramLabel = "NAME",
            description = "Without an agent id: act as the registered agent of this name last seen in the scope "
                    + "(env GINKO_AGENT_NAME, which 'ginko setup claude-code' writes into .mcp.json).")
    private @Nullable String agentName;

    @Override
    public Integer call() {
        Map<String, String> own = spec.commandLine().getDefaultValueProvider() instanceof EnvironmentDefaults defaults
                ? defaults.environment() : System.getenv();
        return respond(spec.commandLine().getOut(), own, this::reparsed);
    }

    /**
     * {@code ginko hook} without arguments, as {@code ginko setup claude-code} configures it: its options read from
     * {@code environment} without picocli, which would be about half of the command's time. Picocli's jar is Java 5
     * bytecode, which no class cache can hold, so its classes are read and checked at every start, and the
     * annotations it reads are generated anew. The options and their defaults are the same as picocli's
     * ({@code HookCommandWithoutPicocliTest} compares them); with any argument, picocli reads them.
     */
    static int runWithoutArguments(Map<String, String> environment, PrintWriter stdout) {
        try {
            return fromEnvironment(environment).respond(stdout, environment, HookCommand::fromEnvironment);
        } catch (RuntimeException e) {
            // A variable it cannot read (GINKO_OFFLINE_AFTER=soon): as picocli's path, a reason and exit code 0.
            reportFailure(e);
            return 0;
        }
    }

    /** The command as picocli sets it up without arguments, from {@code environment} (no command spec). */
    static HookCommand fromEnvironment(Map<String, String> environment) {
        EnvironmentDefaults defaults = new EnvironmentDefaults(environment);
        HookCommand hook = new HookCommand();
        hook.conflict = defaults.optionValue(NAME, "--conflict").orElse(DEFAULT_CONFLICT);
        hook.connection = ConnectionOptions.fromEnvironment(defaults, NAME);
        hook.agent = AgentOption.fromEnvironment(defaults, NAME);
        hook.agentName = defaults.optionValue(NAME, "--agent-name").orElse(null);
        return hook;
    }

    /**
     * Reads the hook's input and answers it, with the settings of {@code own} or, when the project's {@code .mcp.json}
     * has an entry for the session's {@code ginko mcp}, with {@code settingsFor} its variables laid over them.
     */
    private int respond(PrintWriter stdout, Map<String, String> own,
            Function<Map<String, String>, HookCommand> settingsFor) {
        try {
            HookInput input = HookInput.parse(read(System.in));
            if (HookResponder.answers(input)) {
                withTheSessionServersSettings(own, input, settingsFor).answer(input, stdout);
            }
        } catch (IOException | RuntimeException e) {
            reportFailure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Why the hook printed nothing, on stderr: the hook never fails its agent. */
    private static void reportFailure(Exception e) {
        System.err.println("ginko hook: " + Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }

    /**
     * This command as it would read with the variables that Claude Code gives the session's {@code ginko mcp} (the
     * project's {@code .mcp.json} entry, see {@link ProjectServerEntry}) over the hook's own, as Claude Code lays
     * them over its environment for the server; options given on the command line still win. So the command line
     * answers with the server's database, scope and agent name, although Claude Code gives hooks only its own
     * environment. Itself when there is no such entry.
     */
    private HookCommand withTheSessionServersSettings(Map<String, String> own, HookInput input,
            Function<Map<String, String>, HookCommand> settingsFor) {
        Map<String, String> servers = ProjectServerEntry.environment(own, input.cwd());
        if (servers.isEmpty()) {
            return this;
        }
        Map<String, String> environment = new HashMap<>(own);
        environment.putAll(servers);
        return settingsFor.apply(environment);
    }

    /**
     * The hook's own arguments (after the word hook when it ran as a subcommand), parsed again by the hook's own
     * command line with the defaults of {@code environment}: building picocli's model of every command is what
     * GinkoCli.hookCommandLine saves.
     */
    private HookCommand reparsed(Map<String, String> environment) {
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        List<String> hookArgs = spec.parent() == null ? args : args.subList(args.indexOf(spec.name()) + 1, args.size());
        ParseResult reparsed = GinkoCli.hookCommandLine(environment).parseArgs(hookArgs.toArray(String[]::new));
        return (HookCommand) reparsed.commandSpec().userObject();
    }

    private void answer(HookInput input, PrintWriter stdout) throws InterruptedException {
        ConflictMode conflicts = ConflictMode.parse(conflict);
        Optional<String> agentId = agent.agentId();
        String name = agentName;
        if (agentId.isEmpty() && name == null) {
            throw new IllegalArgumentException("no agent: set " + EnvironmentDefaults.AGENT_ID_ENV + " (or pass "
                    + "--agent-id), or " + EnvironmentDefaults.AGENT_NAME_ENV + " (--agent-name) for the agent of "
                    + "that name last seen in the scope; 'ginko setup claude-code' writes the name into .mcp.json, "
                    + "which the hook reads");
        }
        // Bounds the wait for a database that does not answer (one that is down refuses at once); ended once
        // connected, so that a slow start of this JVM is not taken for a silent database.
        Thread connecting = Thread.ofPlatform().daemon().start(HookCommand::giveUpAtDeadline);
        try {
            connection.run(client -> {
                connecting.interrupt();
                String id = agentId.orElseGet(() -> lastSeenNamed(client, Objects.requireNonNull(name)));
                new HookResponder(client, client.attachAgent(id)).respond(input, conflicts).ifPresent(json -> {
                    stdout.println(json);
                    stdout.flush();
                });
                return 0;
            });
        } finally {
            connecting.interrupt();
        }
    }

    /**
     * The agent of the scope named {@code name} with the latest heartbeat: the one whose {@code ginko mcp} ran
     * last, which is the session's own when its server has started at all (each session's server registers an
     * agent of its own, under the name of the project's entry).
     */
    static String lastSeenNamed(CoordinationClient client, String name) {
        return client.agents().stream()
                .filter(candidate -> candidate.name().equals(name))
                .max(Comparator.comparing(AgentInfo::lastHeartbeat).thenComparing(AgentInfo::registeredAt))
                .map(AgentInfo::id)
                .orElseThrow(() -> new IllegalArgumentException("no agent named " + name + " is registered in "
                        + client.scope() + " (its 'ginko mcp' registers it when the session starts)"));
    }

    private static String read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(HookInput.MAX_BYTES + 1);
        if (bytes.length > HookInput.MAX_BYTES) {
            throw new IllegalArgumentException("hook input must be at most " + HookInput.MAX_BYTES + " bytes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Ends the process with status 0 and nothing on stdout once the deadline passes (unless interrupted first). */
    private static void giveUpAtDeadline() {
        try {
            Thread.sleep(DEADLINE);
        } catch (InterruptedException e) {
            return;
        }
        System.err.println("ginko hook: no answer from the database within " + DEADLINE.toMillis() + " ms; "
                + "nothing printed");
        System.err.flush();
        Runtime.getRuntime().halt(0);
    }
}
