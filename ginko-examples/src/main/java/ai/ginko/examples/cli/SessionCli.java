package ai.ginko.examples.cli;

import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;

/**
 * The command line of the two commands that AI clients start on their own, {@code ginko hook} (around every tool
 * call, when no {@code ginko mcp} answers it) and {@code ginko mcp} (at every session start): the {@code ginko}
 * command with only these two subcommands. Picocli builds the model of every command of {@link GinkoCli} (their
 * options, mixins and help texts, by reflection) before it runs one, and that was a third of the start-up of these
 * two; {@link GinkoCli#main} uses this one instead when the first argument names one of them. Same names, options
 * and defaults as in {@link GinkoCli} ({@code GinkoCliTest} compares them).
 */
@Command(name = "ginko",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = VersionProvider.class,
        description = "Coordinate AI agents through a shared Neo4j graph.",
        subcommands = {
            McpCommand.class,
            HookCommand.class,
            HelpCommand.class
        })
final class SessionCli {

    /** The subcommands this command line serves, by name. */
    static final Set<String> COMMANDS = Set.of("hook", "mcp");

    private SessionCli() {
    }
}
