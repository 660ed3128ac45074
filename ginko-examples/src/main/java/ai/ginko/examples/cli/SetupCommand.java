package ai.ginko.examples.cli;

import ai.ginko.examples.setup.ConfigEdit;
import ai.ginko.examples.setup.ConfigFileException;
import ai.ginko.examples.setup.ConfigFiles;
import ai.ginko.examples.setup.McpServerEntry;
import ai.ginko.examples.setup.SetupClient;
import ai.ginko.neo4j.Neo4jCoordination;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ginko setup CLIENT}: writes ginko's MCP server entry (and, for Claude Code, its hooks) into the client's
 * configuration, merging into the files that are there. See {@link SetupClient} for the files.
 */
@Command(name = "setup", description = {
    "Configure an AI coding client to start 'ginko mcp' (Claude Code: and 'ginko hook').",
    "Existing files are merged into: other servers, hooks and keys stay, and a second",
    "run changes nothing. CLIENT and the files it gets:",
    "  claude-code  DIR/.mcp.json and the hooks in DIR/.claude/settings.json",
    "  codex        [mcp_servers.ginko] in CODEX_HOME/config.toml",
    "  gemini       DIR/.gemini/settings.json",
    "  cursor       DIR/.cursor/mcp.json"})
final class SetupCommand implements Callable<Integer> {

    static final String CODEX_HOME_ENV = "CODEX_HOME";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CLIENT", description = "claude-code, codex, gemini or cursor.")
    private String client;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "The project folder to configure (default: the current folder; not used for Codex).")
    private @Nullable Path dir;

    @Option(names = "--name", paramLabel = "NAME", description = "The agent's name, written as GINKO_AGENT_NAME "
            + "(env GINKO_AGENT_NAME; default: the client's, e.g. Claude-Code).")
    private @Nullable String name;

    @Option(names = "--org", paramLabel = "ORG", description = "Written as GINKO_ORG (env GINKO_ORG; "
            + "default: not written).")
    private @Nullable String organization;

    @Option(names = "--project", paramLabel = "PROJECT", description = "Written as GINKO_PROJECT (env "
            + "GINKO_PROJECT; default: not written).")
    private @Nullable String project;

    @Option(names = "--uri", paramLabel = "URI", description = "Written as GINKO_NEO4J_URI (env GINKO_NEO4J_URI; "
            + "default: not written, so that 'ginko mcp' uses 'ginko devdb').")
    private @Nullable String uri;

    @Option(names = "--launcher", paramLabel = "PATH", description = "The launcher the client starts (env "
            + EnvironmentDefaults.LAUNCHER_ENV + ", which bin/ginko sets to itself).")
    private @Nullable String launcher;

    @Option(names = "--codex-home", paramLabel = "DIR", defaultValue = "${sys:user.home}/.codex",
            description = "Codex's folder (env " + CODEX_HOME_ENV + "; default: ~/.codex).")
    private Path codexHome;

    @Option(names = "--dry-run", description = "Print the changes as a diff and write nothing.")
    private boolean dryRun;

    @SuppressWarnings("UnusedVariable") // picocli reads it: the mixin adds --verbose, which ErrorReporter checks
    @Mixin
    private VerboseOption verbose;

    @Override
    public Integer call() {
        SetupClient target = SetupClient.named(client);
        McpServerEntry entry = new McpServerEntry(launcherPath(), List.of("mcp"), environment(target));
        List<ConfigEdit> edits = plan(target, entry);
        PrintWriter out = spec.commandLine().getOut();
        if (dryRun) {
            edits.forEach(edit -> out.print(edit.changed() ? edit.diff() : "Unchanged: " + edit.file() + "\n"));
            out.println("Dry run: nothing was written.");
        } else {
            write(edits);
            edits.forEach(edit -> out.println(
                    (edit.created() ? "Created: " : edit.changed() ? "Updated: " : "Unchanged: ") + edit.file()));
            out.println(target.displayName() + " starts 'ginko mcp' as "
                    + entry.env().get(EnvironmentDefaults.AGENT_NAME_ENV) + " in its next session.");
        }
        out.flush();
        return 0;
    }

    /** Every file's edit, computed before any is written: a file that cannot be merged into stops them all. */
    private List<ConfigEdit> plan(SetupClient target, McpServerEntry entry) {
        Path projectDir = (dir == null ? Path.of("") : dir).toAbsolutePath().normalize();
        if (!Files.isDirectory(projectDir)) {
            throw new IllegalArgumentException("--dir must be an existing folder, was " + projectDir);
        }
        try {
            return target.plan(projectDir, codexHome.toAbsolutePath().normalize(), entry);
        } catch (ConfigFileException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }

    private static void write(List<ConfigEdit> edits) {
        try {
            ConfigFiles.write(edits);
        } catch (IOException e) {
            throw new CliFailure("cannot write the configuration: " + e, e);
        }
    }

    private String launcherPath() {
        if (launcher == null) {
            throw new ParameterException(spec.commandLine(), "no launcher path: run 'ginko setup' through bin/ginko, "
                    + "which sets " + EnvironmentDefaults.LAUNCHER_ENV + " (or pass --launcher)");
        }
        Path path = Path.of(launcher);
        if (!path.isAbsolute() || !Files.isRegularFile(path) || !Files.isExecutable(path)) {
            throw new IllegalArgumentException("--launcher must be the absolute path of an executable file, was "
                    + launcher);
        }
        return path.normalize().toString();
    }

    /** The variables of the server entry, in this order, each only when set (the name always). */
    private SequencedMap<String, String> environment(SetupClient target) {
        SequencedMap<String, String> environment = new LinkedHashMap<>();
        putIfSet(environment, Neo4jCoordination.URI_ENV, uri);
        putIfSet(environment, EnvironmentDefaults.ORG_ENV, organization);
        putIfSet(environment, EnvironmentDefaults.PROJECT_ENV, project);
        environment.put(EnvironmentDefaults.AGENT_NAME_ENV, name == null ? target.agentName() : name);
        return environment;
    }

    private static void putIfSet(SequencedMap<String, String> environment, String variable, @Nullable String value) {
        if (value != null) {
            environment.put(variable, value);
        }
    }
}
