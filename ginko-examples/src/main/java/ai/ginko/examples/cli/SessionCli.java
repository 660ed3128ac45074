package ai.ginko.examples.cli;

import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;

/**
 * The command line of {@code ginko mcp}, which AI clients start at every session start and wait for: the
 * {@code ginko} command with only that subcommand. Picocli builds the model of every command of {@link GinkoCli}
 * (their options, mixins and help texts, by reflection) before it runs one, and that was a third of the server's
 * start-up; {@link GinkoCli#main} uses this one instead when the first argument is {@code mcp} ({@code ginko hook},
 * started around every tool call, has a smaller one still: {@link GinkoCli#hookCommandLine}). Same names, options
 * and defaults as in {@link GinkoCli} ({@code SessionCliTest} compares them).
 */
@Command(name = "ginko",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = VersionProvider.class,
        description = "Coordinate AI agents through a shared Neo4j graph.",
        subcommands = {
            McpCommand.class,
            HelpCommand.class
        })
final class SessionCli {

    /** The subcommands this command line serves, by name. */
    static final Set<String> COMMANDS = Set.of("mcp");

    private SessionCli() {
    }
}
