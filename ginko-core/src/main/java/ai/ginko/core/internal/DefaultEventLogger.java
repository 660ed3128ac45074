package ai.ginko.core.internal;

import ai.ginko.core.Event;
import ai.ginko.core.EventLogger;
import ai.ginko.core.NewEvent;
import ai.ginko.core.spi.CursorDraft;
import java.util.Optional;

/**
 * Appends events for one author (an agent, or a human when {@code agentId} is empty); the author's cursor is
 * written in each event's own transaction.
 */
final class DefaultEventLogger implements EventLogger {

    private final DefaultCoordinationClient client;
    private final Optional<String> agentId;
    private final DefaultSessionCursor cursor;

    DefaultEventLogger(DefaultCoordinationClient client, Optional<String> agentId, DefaultSessionCursor cursor) {
        this.client = client;
        this.agentId = agentId;
        this.cursor = cursor;
    }

    @Override
    public Event log(NewEvent event) {
        Checks.notNull(event, "event");
        CursorDraft position = cursor.loggedDraft(event.category().wireName());
        Event stored = client.append(event, agentId, cursor.toWrite(position));
        cursor.committed(position, stored);
        return stored;
    }
}
