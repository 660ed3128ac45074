package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.time.Instant;

/**
 * Who holds a task.
 *
 * @param taskId    the task
 * @param agentId   the agent holding (or, once completed, that completed) it
 * @param state     claimed or completed
 * @param claimedAt when this agent claimed it, by the database's clock
 * @param updatedAt when the claim last changed, by the database's clock
 */
public record TaskClaim(String taskId, String agentId, TaskState state, Instant claimedAt, Instant updatedAt) {

    public TaskClaim {
        Checks.id(taskId, "taskId");
        Checks.id(agentId, "agentId");
        Checks.notNull(state, "state");
        Checks.notNull(claimedAt, "claimedAt");
        Checks.notNull(updatedAt, "updatedAt");
    }
}
