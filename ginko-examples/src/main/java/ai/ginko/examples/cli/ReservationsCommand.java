package ai.ginko.examples.cli;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.PathHold;
import ai.ginko.core.Reservation;
import ai.ginko.tools.views.JsonViews;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ginko reservations [--json] [--check PATH…]}: the project's active reservations; with {@code --check}, who
 * holds these paths, exiting 1 when another agent (any agent, for a human) holds one exclusively.
 */
@Command(name = "reservations", description = "The project's active path reservations; --check PATH… exits 1 "
        + "when another agent holds one of the paths exclusively, naming holder, pattern and expiry.")
final class ReservationsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "One JSON object: reservations (or holds and blocked, with --check).")
    private boolean json;

    @Option(names = "--check", paramLabel = "PATH", arity = "1..*",
            description = "Concrete paths to check, relative to the repository's root (at most 1000).")
    private List<String> check;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private AgentOption agent;

    @SuppressWarnings("UnusedVariable") // picocli reads it: the mixin adds --verbose, which ErrorReporter checks
    @Mixin
    private VerboseOption verbose;

    @Override
    public Integer call() throws InterruptedException {
        return connection.run(client -> check == null ? list(client) : check(client));
    }

    private int list(CoordinationClient client) {
        List<Reservation> reservations = client.reservations();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOutput.write(Map.of("reservations",
                    reservations.stream().map(JsonViews::reservation).toList())));
            return 0;
        }
        out.println("Reservations (" + reservations.size() + "):");
        reservations.forEach(r -> out.println("  " + ReservationText.reservation(r)));
        return 0;
    }

    private int check(CoordinationClient client) {
        List<PathHold> holds = client.holders(check);
        List<PathHold> blocking = blocking(holds, agent.agentId());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("holds", holds.stream().map(JsonViews::hold).toList());
            view.put("blocked", !blocking.isEmpty());
            out.println(JsonOutput.write(view));
        } else {
            holds.forEach(hold -> out.println(ReservationText.hold(hold)));
        }
        if (blocking.isEmpty()) {
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        blocking.forEach(hold -> err.println("ginko: " + ReservationText.hold(hold)));
        err.flush();
        return ErrorReporter.FAILURE;
    }

    /** The holds that keep {@code self} (or, for a human, anyone) off a path: others' exclusive reservations. */
    static List<PathHold> blocking(List<PathHold> holds, Optional<String> self) {
        return holds.stream().filter(hold -> hold.reservation().exclusive()
                && self.filter(hold.reservation().agentId()::equals).isEmpty()).toList();
    }
}
