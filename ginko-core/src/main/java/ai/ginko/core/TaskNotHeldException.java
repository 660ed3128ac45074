package ai.ginko.core;

import java.util.Optional;

/** Only the agent holding a task's claim may complete or release it; the caller does not hold it. */
public class TaskNotHeldException extends GinkoException {

    private static final long serialVersionUID = 1L;

    private final transient Optional<TaskClaim> currentClaim;

    public TaskNotHeldException(String taskId, String agentId, Optional<TaskClaim> currentClaim) {
        super("taskId: task '" + taskId + "' is not held by agent '" + agentId + "' ("
                + currentClaim.map(c -> c.state() == TaskState.COMPLETED
                        ? "completed by " + c.agentId() : "held by " + c.agentId()).orElse("not claimed")
                + ")");
        this.currentClaim = currentClaim;
    }

    /** The claim as it stands, if the task is claimed at all. */
    public Optional<TaskClaim> currentClaim() {
        return currentClaim;
    }
}
