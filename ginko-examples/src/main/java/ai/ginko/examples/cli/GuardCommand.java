package ai.ginko.examples.cli;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.PathHold;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ginko guard install|check}: a git pre-commit hook that keeps a commit off paths another agent reserved
 * exclusively. The committing agent is {@code GINKO_AGENT_ID}, or the agent registered as {@code GINKO_AGENT_NAME};
 * a human (neither set) is checked against every agent's exclusive reservations.
 */
@Command(name = "guard", description = "A git pre-commit hook that refuses commits touching paths another agent "
        + "reserved exclusively.")
final class GuardCommand {

    @Spec
    private CommandSpec spec;

    @Command(name = "install", description = "Install the pre-commit hook in a repository; an existing hook is kept "
            + "and still runs after it.")
    int install(@Option(names = "--dir", paramLabel = "REPO", defaultValue = ".",
                    description = "The repository (default: the current directory).") Path dir,
            @Option(names = "--launcher", paramLabel = "PATH",
                    description = "The ginko launcher the hook runs (env GINKO_LAUNCHER, which bin/ginko sets).")
            @Nullable Path launcher,
            @Mixin ConnectionOptions connection, @Mixin VerboseOption verbose)
            throws InterruptedException, IOException {
        if (launcher == null) {
            throw new ParameterException(spec.commandLine(), "no launcher: run this through bin/ginko "
                    + "(which sets " + EnvironmentDefaults.LAUNCHER_ENV + ") or pass --launcher");
        }
        Path repository = dir.toAbsolutePath().normalize();
        Path hooks = repository.resolve(Git.run(repository, "rev-parse", "--git-path", "hooks").strip());
        boolean chained = GitHook.install(hooks, launcher.toAbsolutePath(), connection.scopeVariables());
        spec.commandLine().getOut().println("Installed the ginko guard in " + hooks.resolve(GitHook.NAME)
                + (chained ? "; the hook that was there runs after it (" + GitHook.CHAINED + ")" : ""));
        return 0;
    }

    @Command(name = "check", description = "Check the staged paths (both sides of a rename) against the others' "
            + "exclusive reservations; exit 1 naming path, holder, pattern and expiry (what the hook runs).")
    int check(@Option(names = "--dir", paramLabel = "REPO", defaultValue = ".",
                    description = "The repository (default: the current directory).") Path dir,
            @Option(names = "--agent-name", paramLabel = "NAME",
                    description = "The committing agent by name, when no agent id is set (env GINKO_AGENT_NAME).")
            @Nullable String agentName,
            @Option(names = "--mode", paramLabel = "refuse|warn", defaultValue = "refuse",
                    description = "warn: print the conflicts and let the commit through (env GINKO_GUARD).")
            String mode,
            @Mixin ConnectionOptions connection, @Mixin AgentOption agent, @Mixin VerboseOption verbose)
            throws InterruptedException {
        boolean warnOnly = switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "warn" -> true;
            case "refuse" -> false;
            default -> throw new ParameterException(spec.commandLine(), "mode must be refuse or warn, was " + mode);
        };
        List<String> staged = Git.stagedPaths(dir.toAbsolutePath().normalize());
        if (staged.isEmpty()) {
            return 0;
        }
        return connection.run(client -> {
            Optional<String> self = agent.agentId().or(() -> agentNamed(client, agentName));
            List<PathHold> blocking = ReservationsCommand.blocking(holders(client, staged), self);
            if (blocking.isEmpty()) {
                return 0;
            }
            PrintWriter err = spec.commandLine().getErr();
            String prefix = warnOnly ? "ginko guard: warning: " : "ginko guard: ";
            blocking.forEach(hold -> err.println(prefix + ReservationText.hold(hold)));
            err.println(warnOnly ? "ginko guard: committing anyway (GINKO_GUARD=warn)"
                    : "ginko guard: commit refused; ask the holder, wait for the expiry, or commit with --no-verify");
            err.flush();
            return warnOnly ? 0 : ErrorReporter.FAILURE;
        });
    }

    /** Holders of every path, {@value CoordinationClient#MAX_HOLDER_PATHS} paths per read. */
    private static List<PathHold> holders(CoordinationClient client, List<String> paths) {
        List<PathHold> holds = new ArrayList<>();
        for (int from = 0; from < paths.size(); from += CoordinationClient.MAX_HOLDER_PATHS) {
            holds.addAll(client.holders(paths.subList(from,
                    Math.min(paths.size(), from + CoordinationClient.MAX_HOLDER_PATHS))));
        }
        return holds;
    }

    private static Optional<String> agentNamed(CoordinationClient client, @Nullable String name) {
        return Optional.ofNullable(name).flatMap(n -> client.agents().stream()
                .filter(a -> a.name().equals(n)).map(AgentInfo::id).findFirst());
    }
}
