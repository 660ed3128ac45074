package ai.ginko.core.spi;

import ai.ginko.core.MessageDraft;
import ai.ginko.core.internal.Checks;
import java.util.Optional;

/**
 * A message on its way to a {@link CoordinationStore}: the validated draft, its sender, and the sender's cursor to
 * write in the message's own transaction.
 *
 * @param draft    the message, its recipients as the sender named them; a {@code threadId} already resolved to
 *                 the thread's first message
 * @param senderId the sending agent
 * @param userId   the user on whose behalf it is sent
 * @param cursor   the sender's cursor (see {@link CursorDraft#withEvent}); absent when cursors are not written in
 *                 real time
 */
public record MessageSend(MessageDraft draft, String senderId, String userId, Optional<CursorDraft> cursor) {

    public MessageSend {
        Checks.notNull(draft, "draft");
        Checks.id(senderId, "senderId");
        Checks.id(userId, "userId");
        Checks.notNull(cursor, "cursor");
        cursor.ifPresent(CursorDraft::requireNoNote);
    }
}
