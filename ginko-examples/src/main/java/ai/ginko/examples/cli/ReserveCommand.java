package ai.ginko.examples.cli;

import ai.ginko.core.ReservationRequest;
import ai.ginko.core.ReservationResult;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ginko reserve PATTERN…}: reserves paths of the repository for the agent, all or none. A refusal is a
 * failure (exit 1) that lists every conflict on standard error, so that a script can branch on it.
 */
@Command(name = "reserve", description = "Reserve paths of the repository (globs) for the agent, all or none; "
        + "exit 1 listing every conflict with another agent's reservation.")
final class ReserveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATTERN", arity = "1..*",
            description = "Relative globs: * and ? within a segment, ** across segments, [a-z], a final / for "
                    + "everything below a directory.")
    private List<String> patterns;

    @Option(names = "--ttl", paramLabel = "DURATION", defaultValue = "1h",
            description = "How long the reservations last, 1m to 24h (default: ${DEFAULT-VALUE}).")
    private Duration ttl;

    @Option(names = "--shared", description = "Shared: conflicts only with exclusive reservations.")
    private boolean shared;

    @Option(names = "--reason", paramLabel = "TEXT", description = "What the agent does there.")
    private @Nullable String reason;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private AgentOption agent;

    @SuppressWarnings("UnusedVariable") // picocli reads it: the mixin adds --verbose, which ErrorReporter checks
    @Mixin
    private VerboseOption verbose;

    @Override
    public Integer call() throws InterruptedException {
        ReservationRequest.Builder builder = ReservationRequest.builder(patterns).ttl(ttl).exclusive(!shared);
        if (reason != null) {
            builder.reason(reason);
        }
        ReservationRequest request = builder.build();
        return agent.runAs(connection, (client, session) -> {
            ReservationResult result = session.reservations().reserve(request);
            if (!result.granted()) {
                PrintWriter err = spec.commandLine().getErr();
                result.conflicts().forEach(c -> err.println("ginko: " + ReservationText.conflict(c)));
                int count = result.conflicts().size();
                err.println("ginko: nothing reserved (" + count + (count == 1 ? " conflict)" : " conflicts)"));
                err.flush();
                return ErrorReporter.FAILURE;
            }
            result.reservations().forEach(r -> spec.commandLine().getOut().println("Reserved "
                    + ReservationText.reservation(r)));
            return 0;
        });
    }
}
