package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which messages of an agent's inbox to read ({@link Mailbox#inbox}). Reading changes nothing: no message becomes
 * read by being read here.
 *
 * <p>Order and paging: with {@code afterSequence}, the messages after that sequence, oldest first (to follow the
 * inbox); otherwise newest first, before {@code beforeSequence} when given (to page back).
 *
 * @param afterSequence      oldest first, after this sequence (&gt;= 0)
 * @param beforeSequence     newest first, before this sequence (&gt;= 1); not with {@code afterSequence}
 * @param unreadOnly         only messages not marked read
 * @param unacknowledgedOnly only messages that ask for an acknowledgement and have none
 * @param ackOverdue         only those of {@code unacknowledgedOnly} sent longer ago than this, by the database's
 *                           clock
 * @param importances        only these importances; empty for all
 * @param threadId           only the messages of this thread (the id of its first message)
 * @param limit              1–1000
 */
public record InboxQuery(Optional<Long> afterSequence, Optional<Long> beforeSequence, boolean unreadOnly,
        boolean unacknowledgedOnly, Optional<Duration> ackOverdue, Set<Importance> importances,
        Optional<String> threadId, int limit) {

    public InboxQuery {
        Checks.notNull(afterSequence, "afterSequence").ifPresent(after -> Checks.nonNegative(after, "afterSequence"));
        Checks.notNull(beforeSequence, "beforeSequence").ifPresent(before -> {
            if (before < 1) {
                throw new IllegalArgumentException("beforeSequence must be >= 1, was " + before);
            }
        });
        if (afterSequence.isPresent() && beforeSequence.isPresent()) {
            throw new IllegalArgumentException("beforeSequence must be absent when afterSequence is given");
        }
        Checks.notNull(ackOverdue, "ackOverdue").ifPresent(d -> {
            if (d.isNegative()) {
                throw new IllegalArgumentException("ackOverdue must not be negative, was " + d);
            }
        });
        Checks.notNull(importances, "importances").forEach(i -> Checks.notNull(i, "importances"));
        importances = importances.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(importances));
        Checks.optionalId(threadId, "threadId");
        Checks.between(limit, 1, CoordinationClient.MAX_LIMIT, "limit");
    }

    /** The newest {@link CoordinationClient#DEFAULT_LIMIT} messages, read or not. */
    public static InboxQuery newest() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether a message passes the acknowledgement filters (the store judges the age of an overdue one). */
    public boolean wantsUnacknowledged() {
        return unacknowledgedOnly || ackOverdue.isPresent();
    }

    /** Builds an {@link InboxQuery}; not thread-safe. Validation happens in {@link #build()}. */
    public static final class Builder {
        private @Nullable Long afterSequence;
        private @Nullable Long beforeSequence;
        private boolean unreadOnly;
        private boolean unacknowledgedOnly;
        private @Nullable Duration ackOverdue;
        private Set<Importance> importances = Set.of();
        private @Nullable String threadId;
        private int limit = CoordinationClient.DEFAULT_LIMIT;

        private Builder() {
        }

        public Builder afterSequence(long afterSequence) {
            this.afterSequence = afterSequence;
            return this;
        }

        public Builder beforeSequence(long beforeSequence) {
            this.beforeSequence = beforeSequence;
            return this;
        }

        public Builder unreadOnly() {
            this.unreadOnly = true;
            return this;
        }

        public Builder unacknowledgedOnly() {
            this.unacknowledgedOnly = true;
            return this;
        }

        /** Ack-required messages not acknowledged within {@code age} of being sent. */
        public Builder ackOverdue(Duration age) {
            this.ackOverdue = Checks.notNull(age, "ackOverdue");
            return this;
        }

        public Builder importances(Set<Importance> importances) {
            this.importances = Checks.notNull(importances, "importances");
            return this;
        }

        public Builder threadId(String threadId) {
            this.threadId = Checks.notNull(threadId, "threadId");
            return this;
        }

        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        public InboxQuery build() {
            return new InboxQuery(Optional.ofNullable(afterSequence), Optional.ofNullable(beforeSequence), unreadOnly,
                    unacknowledgedOnly, Optional.ofNullable(ackOverdue), importances, Optional.ofNullable(threadId),
                    limit);
        }
    }
}
