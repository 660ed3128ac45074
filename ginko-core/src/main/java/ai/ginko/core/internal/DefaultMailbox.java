package ai.ginko.core.internal;

import ai.ginko.core.Event;
import ai.ginko.core.InboxQuery;
import ai.ginko.core.Mailbox;
import ai.ginko.core.Message;
import ai.ginko.core.MessageDraft;
import ai.ginko.core.Receipt;
import ai.ginko.core.ReplyDraft;
import ai.ginko.core.spi.CursorDraft;
import ai.ginko.core.spi.MessageSend;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** One agent's {@link Mailbox}: its sends carry its cursor, its reads its own read state. */
final class DefaultMailbox implements Mailbox {

    private static final String REPLY_PREFIX = "Re: ";

    private final DefaultCoordinationClient client;
    private final String agentId;
    private final DefaultSessionCursor cursor;

    DefaultMailbox(DefaultCoordinationClient client, String agentId, DefaultSessionCursor cursor) {
        this.client = client;
        this.agentId = agentId;
        this.cursor = cursor;
    }

    @Override
    public Message send(MessageDraft draft) {
        Checks.notNull(draft, "draft");
        MessageDraft resolved = draft.threadId().isEmpty() ? draft
                : inThread(draft, client.message(draft.threadId().get(), Optional.empty(), "threadId").threadId());
        CursorDraft position = cursor.loggedDraft("message");
        Event sent = client.send(new MessageSend(resolved, agentId, client.userId(), cursor.toWrite(position)));
        cursor.committed(position, sent);
        return new Message(sent, Optional.empty(), Optional.empty());
    }

    /**
     * The reply as a draft of its own. Reading the original before the send is sound: events are immutable and
     * never removed, so what the reply inherits cannot change before it commits.
     */
    @Override
    public Message reply(String messageId, ReplyDraft draft) {
        Checks.id(messageId, "messageId");
        Checks.notNull(draft, "draft");
        Message original = client.message(messageId, Optional.empty(), "messageId");
        MessageDraft reply = new MessageDraft(draft.to().isEmpty() ? defaultRecipients(original) : draft.to(), false,
                replySubject(original.subject()), draft.body(),
                draft.importance().orElse(original.importance()),
                draft.ackRequired().orElse(original.ackRequired()), original.taskId(),
                Optional.of(original.threadId()));
        return send(reply);
    }

    /** The original's sender; for a follow-up of one's own message, its recipients. */
    private List<String> defaultRecipients(Message original) {
        return original.from().equals(agentId) ? original.to() : List.of(original.from());
    }

    /** {@code Re: } once, however often the thread was replied to; cut to the longest subject allowed. */
    static String replySubject(String subject) {
        String prefixed = subject.startsWith(REPLY_PREFIX) ? subject : REPLY_PREFIX + subject;
        return prefixed.length() <= MessageDraft.MAX_SUBJECT_CHARACTERS ? prefixed
                : prefixed.substring(0, MessageDraft.MAX_SUBJECT_CHARACTERS);
    }

    private static MessageDraft inThread(MessageDraft draft, String threadId) {
        return new MessageDraft(draft.to(), draft.broadcast(), draft.subject(), draft.body(), draft.importance(),
                draft.ackRequired(), draft.taskId(), Optional.of(threadId));
    }

    @Override
    public List<Message> inbox(InboxQuery query) {
        Checks.notNull(query, "query");
        return client.inboxOf(agentId, query);
    }

    @Override
    public List<Receipt> markRead(Collection<String> messageIds) {
        return client.markRead(agentId, ids(messageIds), false);
    }

    @Override
    public List<Receipt> acknowledge(Collection<String> messageIds) {
        return client.markRead(agentId, ids(messageIds), true);
    }

    /** 1–{@value #MAX_IDS} distinct message ids, each a valid id. */
    private static List<String> ids(Collection<String> messageIds) {
        Checks.notNull(messageIds, "messageIds");
        if (messageIds.isEmpty() || messageIds.size() > MAX_IDS) {
            throw new IllegalArgumentException(
                    "messageIds must have between 1 and " + MAX_IDS + " entries, had " + messageIds.size());
        }
        int index = 0;
        for (String id : messageIds) {
            Checks.id(id, "messageIds[" + index++ + "]");
        }
        List<String> copy = List.copyOf(messageIds);
        if (copy.stream().distinct().count() != copy.size()) {
            throw new IllegalArgumentException("messageIds must not contain duplicates, was " + copy);
        }
        return copy;
    }

    @Override
    public List<Message> thread(String messageId) {
        Checks.id(messageId, "messageId");
        return client.thread(client.message(messageId, Optional.empty(), "messageId").threadId(),
                Optional.of(agentId));
    }

    @Override
    public Optional<Message> message(String messageId) {
        Checks.id(messageId, "messageId");
        return client.findMessage(messageId, Optional.of(agentId));
    }
}
