package ai.ginko.core.internal;

import ai.ginko.core.EventCategory;
import ai.ginko.core.NewEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The TASK events that claims, takeovers, completions, releases, definitions and assignments log, worded the same
 * by every store. Each carries, in its metadata, the {@code action}; all but a definition carry the task id.
 */
public final class TaskEvents {

    /** The metadata key of every TASK event's action. */
    public static final String ACTION = "action";
    public static final String ASSIGNEE = "assignee";
    public static final String CLAIMED = "claimed";
    public static final String TAKEN_OVER = "taken_over";
    public static final String COMPLETED = "completed";
    public static final String RELEASED = "released";
    public static final String DEFINED = "defined";
    public static final String ASSIGNED = "assigned";
    public static final String ASSIGNMENT_REJECTED = "assignment_rejected";

    /** Actions after which a task may have become ready: all but a claim, which only takes work away. */
    static final Set<String> MAY_READY_WORK = Set.of(TAKEN_OVER, COMPLETED, RELEASED, DEFINED, ASSIGNED,
            ASSIGNMENT_REJECTED);

    /** How many task ids a definition's description names before it says how many more there are. */
    private static final int NAMED_IN_DESCRIPTION = 10;

    private TaskEvents() {
    }

    /** A claim; with a previous holder, the takeover of a task from that offline agent. */
    public static NewEvent claimed(String taskId, Optional<String> previousHolder) {
        return previousHolder
                .map(previous -> event(taskId, "took over " + taskId + " from " + previous + " (offline)",
                        TAKEN_OVER))
                .orElseGet(() -> event(taskId, "claimed " + taskId, CLAIMED));
    }

    public static NewEvent completed(String taskId) {
        return event(taskId, "completed " + taskId, COMPLETED);
    }

    public static NewEvent released(String taskId) {
        return event(taskId, "released " + taskId, RELEASED);
    }

    /**
     * A definition of tasks (metadata {@code tasks}: the ids created or updated, {@code created} and
     * {@code updated}: how many); about the task when there is only one.
     */
    public static NewEvent defined(List<String> created, List<String> updated) {
        List<String> changed = new ArrayList<>(created);
        changed.addAll(updated);
        String named = String.join(", ", changed.subList(0, Math.min(changed.size(), NAMED_IN_DESCRIPTION)));
        String more = changed.size() > NAMED_IN_DESCRIPTION
                ? " and " + (changed.size() - NAMED_IN_DESCRIPTION) + " more" : "";
        NewEvent.Builder builder = NewEvent.builder(EventCategory.TASK, "defined " + named + more)
                .metadata(ACTION, DEFINED).metadata("tasks", changed)
                .metadata("created", (long) created.size()).metadata("updated", (long) updated.size());
        if (changed.size() == 1) {
            builder.taskId(changed.getFirst());
        }
        return builder.build();
    }

    public static NewEvent assigned(String taskId, String assignee, Optional<String> note) {
        NewEvent.Builder builder = NewEvent.builder(EventCategory.TASK, "assigned " + taskId + " to " + assignee)
                .taskId(taskId).metadata(ACTION, ASSIGNED).metadata(ASSIGNEE, assignee);
        note.ifPresent(n -> builder.metadata("note", n));
        return builder.build();
    }

    public static NewEvent assignmentRejected(String taskId, String reason) {
        return NewEvent.builder(EventCategory.TASK, "rejected the assignment of " + taskId + ": " + reason)
                .taskId(taskId).metadata(ACTION, ASSIGNMENT_REJECTED).metadata("reason", reason).build();
    }

    private static NewEvent event(String taskId, String description, String action) {
        return NewEvent.builder(EventCategory.TASK, description).taskId(taskId).metadata(ACTION, action).build();
    }
}
