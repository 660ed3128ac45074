package ai.ginko.core;

import java.util.Optional;

/** Only the assignee may reject an assignment; the task is not assigned to the caller. */
public class TaskNotAssignedException extends GinkoException {

    private static final long serialVersionUID = 1L;

    public TaskNotAssignedException(String taskId, String agentId, Optional<String> assignee) {
        super("taskId: task '" + taskId + "' is not assigned to agent '" + agentId + "' ("
                + assignee.map(a -> "assigned to " + a).orElse("not assigned") + ")");
    }
}
