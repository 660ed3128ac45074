package ai.ginko.examples.cli;

import ai.ginko.core.Importance;
import ai.ginko.core.Message;
import ai.ginko.core.Receipt;
import ai.ginko.tools.views.TextTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The text layouts of the message commands: one aligned line per message for {@code ginko inbox} and
 * {@code ginko msg thread}, and the whole message for {@code ginko msg show}.
 *
 * <pre>
 * #12  7c1f…-…  from agent_a  high, ack required, unread  TASK-4 is ready for your review
 * </pre>
 */
final class MessageText {

    private MessageText() {
    }

    static List<String> lines(List<Message> messages) {
        return TextTable.align(messages.stream().map(MessageText::cells).toList());
    }

    private static List<String> cells(Message message) {
        return List.of("#" + message.sequence(), message.id(), "from " + message.from(), flags(message),
                message.subject());
    }

    /** Importance when not normal, the acknowledgement asked or given, and read or unread. */
    static String flags(Message message) {
        List<String> flags = new ArrayList<>();
        if (message.importance() != Importance.NORMAL) {
            flags.add(message.importance().wireName());
        }
        if (message.ackRequired()) {
            flags.add(message.acknowledgedAt().isPresent() ? "acknowledged" : "ack required");
        }
        flags.add(message.readAt().isPresent() ? "read" : "unread");
        return String.join(", ", flags);
    }

    static String show(Message message) {
        StringBuilder text = new StringBuilder();
        text.append("Message #").append(message.sequence()).append(" (id ").append(message.id()).append(")\n");
        text.append("From:    ").append(message.from()).append('\n');
        text.append("To:      ").append(String.join(", ", message.to()))
                .append(message.header().broadcast() ? " (broadcast)" : "").append('\n');
        text.append("Subject: ").append(message.subject()).append('\n');
        text.append("Sent:    ").append(message.sentAt()).append('\n');
        text.append("Thread:  ").append(message.threadId()).append('\n');
        message.taskId().ifPresent(task -> text.append("Task:    ").append(task).append('\n'));
        text.append("State:   ").append(flags(message)).append('\n');
        message.body().ifPresent(body -> text.append('\n').append(body).append('\n'));
        return text.toString();
    }

    static String receipt(String verb, Receipt receipt) {
        return verb + " " + receipt.messageId() + " (read " + receipt.readAt()
                + receipt.acknowledgedAt().map(at -> ", acknowledged " + at).orElse("") + ")";
    }
}
