package ai.ginko.core;

/** A task cannot be assigned: it is not defined, it is completed, or another online agent holds it. */
public class TaskNotAssignableException extends GinkoException {

    private static final long serialVersionUID = 1L;

    /** @param why how the task stands, e.g. {@code is completed} */
    public TaskNotAssignableException(String taskId, String why) {
        super("taskId: task '" + taskId + "' cannot be assigned: it " + why);
    }
}
