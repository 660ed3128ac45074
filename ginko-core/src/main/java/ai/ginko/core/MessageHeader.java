package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link EventCategory#MESSAGE} event carries besides its sender ({@link Event#agentId()}), its subject
 * ({@link Event#description()}) and its task ({@link Event#taskId()}).
 *
 * @param recipients  the ids of the agents it was delivered to, resolved when it was sent (for a broadcast, every
 *                    registered agent of the project but the sender at that moment); never empty
 * @param broadcast   whether it was sent to all agents rather than to named ones
 * @param threadId    the id of the first message of its thread (its own id when it starts one)
 * @param importance  how much it matters
 * @param ackRequired whether the sender asks each recipient to acknowledge it
 * @param body        its text (Markdown), at most 64 KiB in UTF-8; absent for a message that is all subject
 */
public record MessageHeader(List<String> recipients, boolean broadcast, String threadId, Importance importance,
        boolean ackRequired, Optional<String> body) {

    public MessageHeader {
        Checks.notNull(recipients, "recipients");
        recipients.forEach(id -> Checks.id(id, "recipients"));
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("recipients must not be empty");
        }
        Checks.id(threadId, "threadId");
        Checks.notNull(importance, "importance");
        Checks.optionalText(body, "body", MessageDraft.MAX_BODY_BYTES);
    }
}
