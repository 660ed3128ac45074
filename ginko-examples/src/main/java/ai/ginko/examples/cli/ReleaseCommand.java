package ai.ginko.examples.cli;

import ai.ginko.core.Reservation;
import ai.ginko.core.ReservationSelector;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ginko release PATTERN… | --id ID… | --all}: gives up the agent's reservations; idempotent. */
@Command(name = "release", description = "Release the agent's reservations: of these patterns, with these ids, "
        + "or all; releasing what is not held releases nothing.")
final class ReleaseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATTERN", arity = "0..*", description = "The patterns, as reserved.")
    private @Nullable List<String> patterns;

    @Option(names = "--id", paramLabel = "ID", arity = "1..*", description = "The reservations' ids.")
    private @Nullable List<String> ids;

    @Option(names = "--all", description = "Every reservation of the agent.")
    private boolean all;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private AgentOption agent;

    @SuppressWarnings("UnusedVariable") // picocli reads it: the mixin adds --verbose, which ErrorReporter checks
    @Mixin
    private VerboseOption verbose;

    /** Exactly one of: patterns, {@code --id}, {@code --all}. */
    private ReservationSelector selector() {
        int given = (patterns != null ? 1 : 0) + (ids != null ? 1 : 0) + (all ? 1 : 0);
        if (given != 1) {
            throw new ParameterException(spec.commandLine(),
                    "give exactly one of: PATTERN..., --id ID..., --all");
        }
        return all ? ReservationSelector.all()
                : ids != null ? ReservationSelector.ids(ids) : ReservationSelector.patterns(Objects.requireNonNull(patterns));
    }

    @Override
    public Integer call() throws InterruptedException {
        ReservationSelector selector = selector();
        return agent.runAs(connection, (client, session) -> {
            List<Reservation> released = session.reservations().release(selector);
            released.forEach(r -> spec.commandLine().getOut().println("Released " + ReservationText.reservation(r)));
            if (released.isEmpty()) {
                spec.commandLine().getOut().println("Nothing to release");
            }
            return 0;
        });
    }
}
