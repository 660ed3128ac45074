package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A supervisor's assignment of a task to one agent (see {@link TaskGraph#assign}): while the assignee is online,
 * the task is ready for it alone. It ends when anyone claims the task, or when the assignee rejects it.
 *
 * @param agentId    the assignee
 * @param note       what the supervisor said with it
 * @param assignedAt when, by the database's clock
 */
public record TaskAssignment(String agentId, Optional<String> note, Instant assignedAt) {

    public TaskAssignment {
        Checks.id(agentId, "agentId");
        Checks.optionalText(note, "note", Checks.MAX_DESCRIPTION_BYTES);
        Checks.notNull(assignedAt, "assignedAt");
    }
}
