package ai.ginko.core.internal;

import ai.ginko.core.EventCategory;
import ai.ginko.core.NewEvent;
import java.util.Optional;

/**
 * The TASK events that claims, takeovers, completions and releases log, worded the same by every store. Each
 * carries the task id and, in its metadata, the {@code action}.
 */
public final class TaskEvents {

    private TaskEvents() {
    }

    /** A claim; with a previous holder, the takeover of a task from that offline agent. */
    public static NewEvent claimed(String taskId, Optional<String> previousHolder) {
        return previousHolder
                .map(previous -> event(taskId, "took over " + taskId + " from " + previous + " (offline)",
                        "taken_over"))
                .orElseGet(() -> event(taskId, "claimed " + taskId, "claimed"));
    }

    public static NewEvent completed(String taskId) {
        return event(taskId, "completed " + taskId, "completed");
    }

    public static NewEvent released(String taskId) {
        return event(taskId, "released " + taskId, "released");
    }

    private static NewEvent event(String taskId, String description, String action) {
        return NewEvent.builder(EventCategory.TASK, description).taskId(taskId).metadata("action", action).build();
    }
}
