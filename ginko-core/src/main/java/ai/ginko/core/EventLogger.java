package ai.ginko.core;

/**
 * Logs events to the shared log of one scope. A logger belongs either to a registered agent (its events carry
 * that agent's id) or to a human user (no agent id); {@link CoordinationClient#logger()} and
 * {@link AgentSession#logger()} hand them out.
 *
 * <p>Thread-safe. Each call blocks until the event is committed (with the driver's retries) and returns it as
 * stored, with its id, sequence and the database's timestamp. A call that throws wrote nothing.
 */
public interface EventLogger {

    /**
     * Logs an event and returns it as stored.
     *
     * @throws UnknownBlockerException           when a resolution names no blocker event of this scope
     * @throws CoordinationUnavailableException  when the store cannot be reached
     */
    Event log(NewEvent event);

    default Event log(EventCategory category, String description) {
        return log(NewEvent.of(category, description));
    }

    /** Logs a {@link EventCategory#BLOCKER} event. */
    default Event logBlocker(String description, Blocker blocker) {
        return log(NewEvent.blocker(description, blocker));
    }

    /** Logs a {@link EventCategory#BLOCKER_RESOLVED} event; the blocker stops being active. */
    default Event resolveBlocker(String blockerEventId, String description) {
        return log(NewEvent.resolution(blockerEventId, description));
    }
}
