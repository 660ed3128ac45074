package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A message to send ({@link Mailbox#send}): to named agents, or to every agent of the project (broadcast). Validates
 * in its constructor, so a refused draft never reaches the store.
 *
 * <p>Rules: {@code to} holds 1–{@value #MAX_RECIPIENTS} distinct agent ids or registered names (each as an id: not
 * blank, at most 256 characters, no control characters), or is empty for a broadcast; the subject is not blank, at
 * most {@value #MAX_SUBJECT_CHARACTERS} characters, one line; the body, when given, is not blank and at most 64 KiB
 * in UTF-8.
 *
 * @param to          the recipients, by agent id or registered name; empty exactly when {@code broadcast}
 * @param broadcast   to every registered agent of the project except the sender
 * @param subject     what it is about; the event's description
 * @param body        its text (Markdown)
 * @param importance  how much it matters; {@link Importance#NORMAL} by default
 * @param ackRequired whether each recipient is asked to acknowledge it
 * @param taskId      the task it is about
 * @param threadId    the thread it continues (the id of any message of that thread); absent to start a new one
 */
public record MessageDraft(List<String> to, boolean broadcast, String subject, Optional<String> body,
        Importance importance, boolean ackRequired, Optional<String> taskId, Optional<String> threadId) {

    /** Most recipients of one message named in {@code to}. */
    public static final int MAX_RECIPIENTS = 100;
    /** Longest subject, in characters. */
    public static final int MAX_SUBJECT_CHARACTERS = 200;
    /** Longest body, in UTF-8 bytes (64 KiB). */
    public static final int MAX_BODY_BYTES = Checks.MAX_DESCRIPTION_BYTES;

    public MessageDraft {
        Checks.notNull(to, "to");
        if (to.size() > MAX_RECIPIENTS) {
            throw new IllegalArgumentException(
                    "to must have at most " + MAX_RECIPIENTS + " recipients, had " + to.size());
        }
        to = Checks.idList(to, "to");
        if (broadcast && !to.isEmpty()) {
            throw new IllegalArgumentException("to must be empty for a broadcast, was " + to);
        }
        if (!broadcast && to.isEmpty()) {
            throw new IllegalArgumentException("to must name at least one recipient, or the message be a broadcast");
        }
        subject(subject);
        Checks.optionalText(body, "body", MAX_BODY_BYTES);
        Checks.notNull(importance, "importance");
        Checks.optionalId(taskId, "taskId");
        Checks.optionalId(threadId, "threadId");
    }

    /** Checks a subject against the rules above. */
    static String subject(String subject) {
        Checks.notNull(subject, "subject");
        if (subject.length() > MAX_SUBJECT_CHARACTERS) {
            throw new IllegalArgumentException("subject must be at most " + MAX_SUBJECT_CHARACTERS
                    + " characters, was " + subject.length());
        }
        return Checks.id(subject, "subject");
    }

    /** A message to these agents, by id or registered name. */
    public static Builder to(String first, String... rest) {
        List<String> recipients = new ArrayList<>();
        recipients.add(first);
        recipients.addAll(Arrays.asList(Checks.notNull(rest, "to")));
        return new Builder(recipients, false);
    }

    /** A message to these agents, by id or registered name. */
    public static Builder to(Collection<String> recipients) {
        return new Builder(new ArrayList<>(Checks.notNull(recipients, "to")), false);
    }

    /** A message to every registered agent of the project but the sender. */
    public static Builder toAll() {
        return new Builder(List.of(), true);
    }

    /** Builds a {@link MessageDraft}; not thread-safe. Validation happens in {@link #build()}. */
    public static final class Builder {
        private final List<String> to;
        private final boolean broadcast;
        private @Nullable String subject;
        private @Nullable String body;
        private Importance importance = Importance.NORMAL;
        private boolean ackRequired;
        private @Nullable String taskId;
        private @Nullable String threadId;

        private Builder(List<String> to, boolean broadcast) {
            this.to = to;
            this.broadcast = broadcast;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder body(String body) {
            this.body = Checks.notNull(body, "body");
            return this;
        }

        public Builder importance(Importance importance) {
            this.importance = Checks.notNull(importance, "importance");
            return this;
        }

        public Builder ackRequired(boolean ackRequired) {
            this.ackRequired = ackRequired;
            return this;
        }

        public Builder taskId(String taskId) {
            this.taskId = Checks.notNull(taskId, "taskId");
            return this;
        }

        public Builder threadId(String threadId) {
            this.threadId = Checks.notNull(threadId, "threadId");
            return this;
        }

        /** The draft; null entries in {@code to} are refused by the constructor, naming them. */
        public MessageDraft build() {
            return new MessageDraft(to, broadcast, Checks.notNull(subject, "subject"), Optional.ofNullable(body),
                    importance, ackRequired, Optional.ofNullable(taskId), Optional.ofNullable(threadId));
        }
    }
}
