package ai.ginko.core;

import ai.ginko.core.internal.Checks;

/**
 * What waits in one agent's inbox ({@link CoordinationClient#inboxCounts}).
 *
 * @param agentId    the recipient
 * @param unread     messages not marked read
 * @param ackOverdue ack-required messages not acknowledged within the duration asked for
 */
public record InboxCounts(String agentId, long unread, long ackOverdue) {

    public InboxCounts {
        Checks.id(agentId, "agentId");
        Checks.nonNegative(unread, "unread");
        Checks.nonNegative(ackOverdue, "ackOverdue");
    }
}
