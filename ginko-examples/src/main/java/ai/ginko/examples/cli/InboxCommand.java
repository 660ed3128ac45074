package ai.ginko.examples.cli;

import ai.ginko.core.InboxQuery;
import ai.ginko.core.Message;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ginko inbox}: the messages addressed to the agent, newest first. Reading marks nothing read. */
@Command(name = "inbox", description = {"The agent's messages, newest first; reading marks nothing read",
    "(use 'ginko msg read' or 'ginko msg ack')."})
final class InboxCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--unread", description = "Only messages not marked read.")
    private boolean unread;

    @Option(names = "--ack-overdue", paramLabel = "DURATION",
            description = "Only ack-required messages not acknowledged within this time, e.g. 30m.")
    private Optional<Duration> ackOverdue = Optional.empty();

    @Option(names = "--thread", paramLabel = "MESSAGE_ID", description = "Only the messages of this thread.")
    private Optional<String> thread = Optional.empty();

    @Option(names = "--since", paramLabel = "N", description = "Oldest first, after this sequence.")
    private Optional<Long> since = Optional.empty();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N (1-1000).")
    private int limit;

    @Option(names = "--json", description = "Print JSON lines instead of text.")
    private boolean json;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private AgentOption agent;

    @SuppressWarnings("UnusedVariable") // picocli reads it: the mixin adds --verbose, which ErrorReporter checks
    @Mixin
    private VerboseOption verbose;

    @Override
    public Integer call() throws InterruptedException {
        InboxQuery.Builder query = InboxQuery.builder().limit(limit);
        if (unread) {
            query.unreadOnly();
        }
        ackOverdue.ifPresent(query::ackOverdue);
        thread.ifPresent(query::threadId);
        since.ifPresent(query::afterSequence);
        InboxQuery built = query.build();
        return agent.runAs(connection, (client, session) -> {
            List<Message> messages = session.messages().inbox(built);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                messages.forEach(message -> out.println(JsonOutput.message(message)));
            } else {
                out.println("Inbox of " + session.agentId() + " (" + messages.size() + "):");
                MessageText.lines(messages).forEach(line -> out.println("  " + line));
            }
            return 0;
        });
    }
}
