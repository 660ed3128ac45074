package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.util.List;

/**
 * A task's direct neighbours in the graph that are still open.
 *
 * @param task       the task
 * @param waitingOn  the tasks it depends on that are not completed, in id order
 * @param waitedOnBy the open tasks that depend on it, in id order
 */
public record TaskDependencies(TaskView task, List<TaskView> waitingOn, List<TaskView> waitedOnBy) {

    public TaskDependencies {
        Checks.notNull(task, "task");
        waitingOn = List.copyOf(Checks.notNull(waitingOn, "waitingOn"));
        waitedOnBy = List.copyOf(Checks.notNull(waitedOnBy, "waitedOnBy"));
    }
}
