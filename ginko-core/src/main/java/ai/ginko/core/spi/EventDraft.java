package ai.ginko.core.spi;

import ai.ginko.core.EventCategory;
import ai.ginko.core.MessageHeader;
import ai.ginko.core.NewEvent;
import ai.ginko.core.internal.Checks;
import java.util.Optional;

/**
 * An event on its way to a {@link CoordinationStore}: what the caller said, plus who says it, plus the author's
 * session cursor when it is to be written in the event's own transaction.
 *
 * @param event   the validated event
 * @param agentId the logging agent, absent for a human
 * @param userId  the user on whose behalf it is logged
 * @param cursor  the author's cursor to write with the event (see {@link CursorDraft#withEvent}); absent when
 *                cursors are not written in real time
 * @param message the header of a {@link EventCategory#MESSAGE} event, present exactly for one; only a store
 *                builds such a draft, once it has resolved the recipients ({@link CoordinationStore#send})
 */
public record EventDraft(NewEvent event, Optional<String> agentId, String userId, Optional<CursorDraft> cursor,
        Optional<MessageHeader> message) {

    public EventDraft {
        Checks.notNull(event, "event");
        Checks.optionalId(agentId, "agentId");
        Checks.id(userId, "userId");
        Checks.notNull(cursor, "cursor");
        cursor.ifPresent(CursorDraft::requireNoNote);
        Checks.notNull(message, "message");
        if (message.isPresent() != (event.category() == EventCategory.MESSAGE)) {
            throw new IllegalArgumentException("category: message events are sent through a Mailbox, not logged");
        }
    }

    /** A draft of an event that is not a message. */
    public EventDraft(NewEvent event, Optional<String> agentId, String userId, Optional<CursorDraft> cursor) {
        this(event, agentId, userId, cursor, Optional.empty());
    }

    /** An event written without a cursor. */
    public static EventDraft of(NewEvent event, Optional<String> agentId, String userId) {
        return new EventDraft(event, agentId, userId, Optional.empty());
    }
}
