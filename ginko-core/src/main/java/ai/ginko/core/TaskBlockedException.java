package ai.ginko.core;

import ai.ginko.core.internal.Checks;

/**
 * Thrown by a {@link TaskHandler} that cannot go on until something outside it changes: its worker logs a
 * {@link EventCategory#BLOCKER} event for the task (this exception's message as description, blocking the task)
 * and keeps the task claimed until the blocker is resolved, then runs the handler on it again.
 */
public class TaskBlockedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String blockedBy;
    private final Severity severity;
    private final String description;

    /**
     * @param description what happened; not blank, at most 64 KiB
     * @param blockedBy   what blocks the task (a task, a resource, a person); not blank, at most 4 KiB
     * @param severity    how bad it is
     */
    public TaskBlockedException(String description, String blockedBy, Severity severity) {
        super(Checks.text(description, "description", Checks.MAX_DESCRIPTION_BYTES));
        this.description = description;
        this.blockedBy = Checks.text(blockedBy, "blockedBy", Checks.MAX_TEXT_BYTES);
        this.severity = Checks.notNull(severity, "severity");
    }

    /** What happened: the blocker event's description (also this exception's message). */
    public String description() {
        return description;
    }

    public String blockedBy() {
        return blockedBy;
    }

    public Severity severity() {
        return severity;
    }
}
