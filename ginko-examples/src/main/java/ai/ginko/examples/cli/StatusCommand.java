package ai.ginko.examples.cli;

import ai.ginko.core.CoordinationClient;
import ai.ginko.tools.views.StatusFormatter;
import ai.ginko.tools.views.StatusSnapshot;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ginko agent status}: who is working on what, and what is blocked. */
@Command(name = "status", description = {"Show the active agents and the open blockers of the scope, and each",
    "agent's unread and ack-overdue messages."})
final class StatusCommand implements Callable<Integer> {

    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(2);
    /** Cursor home, then clear the screen: each frame replaces the last instead of scrolling. */
    private static final String CLEAR_SCREEN = "\u001b[H\u001b[2J";

    @Spec
    private CommandSpec spec;

    @Option(names = "--all", description = "Also list offline agents.")
    private boolean all;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Option(names = "--ack-overdue", paramLabel = "DURATION", defaultValue = "30m",
            description = "Count ack-required messages not acknowledged within this time as overdue (default 30m).")
    private Duration ackOverdue = StatusSnapshot.DEFAULT_ACK_OVERDUE;

    @Option(names = "--watch", description = "Redraw every 2 seconds until interrupted (Ctrl-C).")
    private boolean watch;

    @Mixin
    private ConnectionOptions connection;

    @SuppressWarnings("UnusedVariable") // picocli reads it: the mixin adds --verbose, which ErrorReporter checks
    @Mixin
    private VerboseOption verbose;

    @Override
    public Integer call() throws InterruptedException {
        return connection.run(client -> watch ? watch(client) : show(client));
    }

    private int show(CoordinationClient client) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(render(client));
        out.flush();
        return 0;
    }

    private int watch(CoordinationClient client) {
        PrintWriter out = spec.commandLine().getOut();
        while (true) {
            String frame = render(client);
            out.print(json ? frame : CLEAR_SCREEN + frame);
            out.flush();
            if (out.checkError()) {
                // The reader went away (a closed pipe); Java ignores SIGPIPE, so stop here.
                return 0;
            }
            try {
                Thread.sleep(WATCH_INTERVAL);
            } catch (InterruptedException e) {
                // Interrupting is how a watch ends; the client still closes normally afterwards.
                return 0;
            }
        }
    }

    private String render(CoordinationClient client) {
        StatusSnapshot snapshot = StatusSnapshot.read(client, ackOverdue);
        return json ? JsonOutput.status(snapshot, all) + "\n" : StatusFormatter.format(snapshot, all);
    }
}
