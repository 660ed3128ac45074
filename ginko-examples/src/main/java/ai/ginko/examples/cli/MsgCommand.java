package ai.ginko.examples.cli;

import ai.ginko.core.Importance;
import ai.ginko.core.Mailbox;
import ai.ginko.core.Message;
import ai.ginko.core.MessageDraft;
import ai.ginko.core.ReplyDraft;
import ai.ginko.core.UnknownMessageException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ginko msg …}: messages between agents, always as an agent ({@code GINKO_AGENT_ID}). An unknown recipient
 * or message is a failure (exit 1) naming it; nothing is sent.
 */
@Command(name = "msg", description = "Send messages to other agents; show, mark read, acknowledge and answer them.",
        footer = {"", "Examples:",
            "  ginko msg send --to GPT-Reviewer --subject \"TASK-4 is ready for your review\" --ack-required",
            "  ginko msg send --all --subject \"Schema migration\" --body-file notes.md --importance high",
            "  ginko msg reply 7c1f0e2a-... --body \"On it\""})
final class MsgCommand {

    @Spec
    private CommandSpec spec;

    /** Who a message goes to: named agents, or all of them. */
    static final class Recipients {
        @Option(names = "--to", split = ",", paramLabel = "NAME|ID", required = true,
                description = "The recipients, by registered name or agent id, comma-separated.")
        List<String> to = new ArrayList<>();

        @Option(names = "--all", required = true, description = "Every registered agent of the project but you.")
        boolean all;
    }

    @Command(name = "send", description = "Send a message; prints its sequence and id.")
    int send(@ArgGroup(multiplicity = "1") Recipients recipients,
            @Option(names = "--subject", required = true, paramLabel = "TEXT",
                    description = "What it is about: one line, at most 200 characters.") String subject,
            @Option(names = "--task", paramLabel = "TASK_ID", description = "The task it is about.")
            Optional<String> task,
            @Mixin MessageOptions options, @Mixin ConnectionOptions connection, @Mixin AgentOption agent,
            @Mixin VerboseOption verbose) throws InterruptedException {
        MessageDraft.Builder draft = recipients.all ? MessageDraft.toAll() : MessageDraft.to(recipients.to);
        draft.subject(subject).importance(options.importance().orElse(Importance.NORMAL))
                .ackRequired(options.ackRequired().orElse(false));
        options.body(System.in).ifPresent(draft::body);
        task.ifPresent(draft::taskId);
        MessageDraft message = draft.build();
        return agent.runAs(connection, (client, session) -> {
            Message sent = session.messages().send(message);
            out().println("Sent message #" + sent.sequence() + " (id " + sent.id() + ") to "
                    + String.join(", ", sent.to()));
            return 0;
        });
    }

    @Command(name = "reply", description = "Reply in the message's thread, to its sender unless --to says otherwise.")
    int reply(@Parameters(paramLabel = "MESSAGE_ID", description = "The message answered.") String messageId,
            @Option(names = "--to", split = ",", paramLabel = "NAME|ID",
                    description = "The recipients, by registered name or agent id (default: the original's sender).")
            @Nullable List<String> to,
            @Mixin MessageOptions options, @Mixin ConnectionOptions connection, @Mixin AgentOption agent,
            @Mixin VerboseOption verbose) throws InterruptedException {
        ReplyDraft.Builder draft = ReplyDraft.builder();
        Optional.ofNullable(to).ifPresent(draft::to);
        options.body(System.in).ifPresent(draft::body);
        options.importance().ifPresent(draft::importance);
        options.ackRequired().ifPresent(draft::ackRequired);
        ReplyDraft reply = draft.build();
        return agent.runAs(connection, (client, session) -> {
            Message sent = session.messages().reply(messageId, reply);
            out().println("Replied with message #" + sent.sequence() + " (id " + sent.id() + ") to "
                    + String.join(", ", sent.to()));
            return 0;
        });
    }

    @Command(name = "show", description = "Show a message: header, your read state, body. Marks nothing read.")
    int show(@Parameters(paramLabel = "MESSAGE_ID") String messageId,
            @Option(names = "--json", description = "Print one JSON object instead of text.") boolean json,
            @Mixin ConnectionOptions connection, @Mixin AgentOption agent, @Mixin VerboseOption verbose)
            throws InterruptedException {
        return agent.runAs(connection, (client, session) -> {
            Message message = session.messages().message(messageId)
                    .orElseThrow(() -> new UnknownMessageException("messageId", messageId, client.scope()));
            out().print(json ? JsonOutput.message(message) + "\n" : MessageText.show(message));
            return 0;
        });
    }

    @Command(name = "read", description = "Mark messages read (idempotent: a second call keeps the first time).")
    int read(@Parameters(arity = "1..*", paramLabel = "MESSAGE_ID") List<String> messageIds,
            @Mixin ConnectionOptions connection, @Mixin AgentOption agent, @Mixin VerboseOption verbose)
            throws InterruptedException {
        return agent.runAs(connection, (client, session) -> mark(session.messages(), messageIds, false));
    }

    @Command(name = "ack", description = "Acknowledge messages (and mark them read); idempotent.")
    int ack(@Parameters(arity = "1..*", paramLabel = "MESSAGE_ID") List<String> messageIds,
            @Mixin ConnectionOptions connection, @Mixin AgentOption agent, @Mixin VerboseOption verbose)
            throws InterruptedException {
        return agent.runAs(connection, (client, session) -> mark(session.messages(), messageIds, true));
    }

    private int mark(Mailbox mailbox, List<String> messageIds, boolean acknowledge) {
        (acknowledge ? mailbox.acknowledge(messageIds) : mailbox.markRead(messageIds)).forEach(receipt ->
                out().println(MessageText.receipt(acknowledge ? "Acknowledged" : "Read", receipt)));
        return 0;
    }

    @Command(name = "thread", description = "The messages of a message's thread, oldest first.")
    int thread(@Parameters(paramLabel = "MESSAGE_ID", description = "Any message of the thread.") String messageId,
            @Option(names = "--json", description = "Print JSON lines instead of text.") boolean json,
            @Mixin ConnectionOptions connection, @Mixin AgentOption agent, @Mixin VerboseOption verbose)
            throws InterruptedException {
        return agent.runAs(connection, (client, session) -> {
            List<Message> thread = session.messages().thread(messageId);
            if (json) {
                thread.forEach(message -> out().println(JsonOutput.message(message)));
            } else {
                out().println("Thread " + thread.getFirst().threadId() + " (" + thread.size() + " messages):");
                MessageText.lines(thread).forEach(line -> out().println("  " + line));
            }
            return 0;
        });
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
