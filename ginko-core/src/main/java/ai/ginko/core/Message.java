package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A message as one agent sees it: the {@link EventCategory#MESSAGE} event, and that agent's own read and
 * acknowledgement times (by the database's clock) when it is a recipient.
 *
 * @param event          the message event
 * @param readAt         when the viewing recipient marked it read (or acknowledged it); absent when it did not, or
 *                       is not a recipient
 * @param acknowledgedAt when the viewing recipient acknowledged it
 */
public record Message(Event event, Optional<Instant> readAt, Optional<Instant> acknowledgedAt) {

    public Message {
        Checks.notNull(event, "event");
        if (event.message().isEmpty()) {
            throw new IllegalArgumentException("event must be a message, was " + event.category().wireName());
        }
        Checks.notNull(readAt, "readAt");
        Checks.notNull(acknowledgedAt, "acknowledgedAt");
        if (acknowledgedAt.isPresent() && readAt.isEmpty()) {
            throw new IllegalArgumentException("readAt must be present when acknowledgedAt is: acknowledging reads");
        }
    }

    public MessageHeader header() {
        return event.message().orElseThrow();
    }

    public String id() {
        return event.id();
    }

    public long sequence() {
        return event.sequence();
    }

    /** The sending agent's id. */
    public String from() {
        return event.agentId().orElseThrow();
    }

    /** The recipients' agent ids. */
    public List<String> to() {
        return header().recipients();
    }

    public String subject() {
        return event.description();
    }

    public Optional<String> body() {
        return header().body();
    }

    public String threadId() {
        return header().threadId();
    }

    public Importance importance() {
        return header().importance();
    }

    public boolean ackRequired() {
        return header().ackRequired();
    }

    public Optional<String> taskId() {
        return event.taskId();
    }

    /** When it was sent, by the database's clock. */
    public Instant sentAt() {
        return event.timestamp();
    }
}
