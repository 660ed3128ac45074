package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import ai.ginko.core.internal.Metadata;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * An event as stored: immutable, and identical for every reader.
 *
 * <p>{@link #sequence()} numbers the events of one {@link Scope} 1, 2, 3, … with no gap, in commit order: a reader
 * that has seen every event up to {@code n} and asks for the events after {@code n} gets the next ones, and never
 * misses one that committed before them.
 *
 * @param id              unique id assigned by the store
 * @param sequence        position in the scope's event log, from 1
 * @param scope           organization and project
 * @param agentId         the agent that logged it; absent when a human did
 * @param userId          the user on whose behalf it was logged
 * @param category        what kind of event
 * @param description     what happened
 * @param impact          optional note on its impact
 * @param metadata        free-form JSON-like data (see {@link NewEvent})
 * @param timestamp       commit time, by the database's clock
 * @param blocker         present exactly for {@link EventCategory#BLOCKER} events
 * @param taskId          the task the event is about, if any
 * @param resolvesEventId for {@link EventCategory#BLOCKER_RESOLVED} events, the blocker event resolved
 * @param message         present exactly for {@link EventCategory#MESSAGE} events, which an agent sent: the
 *                        recipients, thread, importance, acknowledgement flag and body (the subject is the
 *                        description)
 */
public record Event(
        String id,
        long sequence,
        Scope scope,
        Optional<String> agentId,
        String userId,
        EventCategory category,
        String description,
        Optional<String> impact,
        Map<String, Object> metadata,
        Instant timestamp,
        Optional<Blocker> blocker,
        Optional<String> taskId,
        Optional<String> resolvesEventId,
        Optional<MessageHeader> message) {

    public Event {
        Checks.id(id, "id");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be >= 1, was " + sequence);
        }
        Checks.notNull(scope, "scope");
        Checks.optionalId(agentId, "agentId");
        Checks.id(userId, "userId");
        Checks.notNull(category, "category");
        Checks.text(description, "description", Checks.MAX_DESCRIPTION_BYTES);
        Checks.optionalText(impact, "impact", Checks.MAX_TEXT_BYTES);
        metadata = Metadata.normalize(metadata, "metadata");
        Checks.notNull(timestamp, "timestamp");
        Checks.notNull(blocker, "blocker");
        Checks.optionalId(taskId, "taskId");
        Checks.optionalId(resolvesEventId, "resolvesEventId");
        EventRules.checkCategoryFields(category, blocker, resolvesEventId);
        EventRules.checkMessageFields(category, message, agentId);
    }

    /** An event that is not a message. */
    public Event(String id, long sequence, Scope scope, Optional<String> agentId, String userId,
            EventCategory category, String description, Optional<String> impact, Map<String, Object> metadata,
            Instant timestamp, Optional<Blocker> blocker, Optional<String> taskId, Optional<String> resolvesEventId) {
        this(id, sequence, scope, agentId, userId, category, description, impact, metadata, timestamp, blocker,
                taskId, resolvesEventId, Optional.empty());
    }

    /** Whether a human, rather than an agent, logged this event. */
    public boolean loggedByHuman() {
        return agentId.isEmpty();
    }
}
