package ai.ginko.examples.cli;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventFilter;
import ai.ginko.core.Subscription;
import ai.ginko.tools.views.EventLine;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ginko events}: reads the shared log after a sequence number. Without {@code --follow} it long-polls once
 * (returns at once when there are events, waits up to {@code --timeout} otherwise, and prints nothing when none
 * came); with {@code --follow} it prints events as they commit until interrupted.
 */
@Command(name = "events", description = "Print the events after a sequence number, or follow the log.")
final class EventsCommand implements Callable<Integer> {

    private static final int MAX_TIMEOUT_SECONDS = (int) CoordinationClient.MAX_POLL_TIMEOUT.toSeconds();

    @Spec
    private CommandSpec spec;

    @Option(names = "--since", paramLabel = "N", defaultValue = "0",
            description = "Only events after sequence N (default: ${DEFAULT-VALUE}, the whole log).")
    private long since;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Wait up to this long (0-30) for an event when there is none yet "
                    + "(default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "Print at most N events (1-1000, default: ${DEFAULT-VALUE}); not with --follow.")
    private int limit;

    @Option(names = "--follow", description = "Keep printing events as they come, until interrupted (Ctrl-C).")
    private boolean follow;

    @Option(names = "--json", description = "Print one JSON object per event.")
    private boolean json;

    @Mixin
    private ConnectionOptions connection;

    @SuppressWarnings("UnusedVariable") // picocli reads it: the mixin adds --verbose, which ErrorReporter checks
    @Mixin
    private VerboseOption verbose;

    @Override
    public Integer call() throws InterruptedException {
        checkRanges();
        return connection.run(client -> follow ? follow(client) : pollOnce(client));
    }

    private void checkRanges() {
        if (since < 0) {
            throw usage("--since must be 0 or more, was " + since);
        }
        if (timeoutSeconds < 0 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw usage("--timeout must be between 0 and " + MAX_TIMEOUT_SECONDS + " seconds, was " + timeoutSeconds);
        }
        if (limit < 1 || limit > CoordinationClient.MAX_LIMIT) {
            throw usage("--limit must be between 1 and " + CoordinationClient.MAX_LIMIT + ", was " + limit);
        }
    }

    private int pollOnce(CoordinationClient client) throws InterruptedException {
        for (Event event : client.poll(since, Duration.ofSeconds(timeoutSeconds), limit)) {
            print(event);
        }
        return 0;
    }

    private int follow(CoordinationClient client) {
        CountDownLatch readerGone = new CountDownLatch(1);
        Subscription subscription = client.subscribe(since, EventFilter.all(), event -> {
            if (!print(event)) {
                readerGone.countDown();
            }
        });
        try {
            readerGone.await();
        } catch (InterruptedException e) {
            // Interrupting is how following ends; the client still closes normally afterwards.
        } finally {
            subscription.close();
        }
        return 0;
    }

    /**
     * Prints one event; false once the output is broken. Java ignores SIGPIPE, so without this check
     * {@code ginko events --follow | head -3} would never end.
     */
    private boolean print(Event event) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? JsonOutput.event(event) : EventLine.format(event));
        out.flush();
        return !out.checkError();
    }

    private ParameterException usage(String text) {
        return new ParameterException(spec.commandLine(), text);
    }
}
