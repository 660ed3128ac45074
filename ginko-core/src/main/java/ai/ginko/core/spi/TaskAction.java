package ai.ginko.core.spi;

import ai.ginko.core.internal.Checks;
import java.util.Optional;

/**
 * An agent's claim, completion or release of a task, as handed to a {@link CoordinationStore}.
 *
 * @param taskId  the task
 * @param agentId the acting agent
 * @param userId  the user on whose behalf the agent acts (the logged TASK event carries it)
 * @param cursor  the agent's cursor to write with the TASK event, in its transaction (see
 *                {@link CursorDraft#withEvent}); absent when cursors are not written in real time
 */
public record TaskAction(String taskId, String agentId, String userId, Optional<CursorDraft> cursor) {

    public TaskAction {
        Checks.id(taskId, "taskId");
        Checks.id(agentId, "agentId");
        Checks.id(userId, "userId");
        Checks.notNull(cursor, "cursor");
        cursor.ifPresent(CursorDraft::requireNoNote);
    }
}
