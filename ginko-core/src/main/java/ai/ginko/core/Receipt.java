package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * One recipient's state of one message after {@link Mailbox#markRead} or {@link Mailbox#acknowledge}: the first
 * times it was marked, by the database's clock. A later call returns the same times.
 *
 * @param messageId      the message
 * @param recipientId    the recipient agent
 * @param readAt         when it was first marked read (acknowledging marks read too)
 * @param acknowledgedAt when it was first acknowledged
 */
public record Receipt(String messageId, String recipientId, Instant readAt, Optional<Instant> acknowledgedAt) {

    public Receipt {
        Checks.id(messageId, "messageId");
        Checks.id(recipientId, "recipientId");
        Checks.notNull(readAt, "readAt");
        Checks.notNull(acknowledgedAt, "acknowledgedAt");
    }
}
