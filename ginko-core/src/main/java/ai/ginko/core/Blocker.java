package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.util.Collection;
import java.util.List;

/**
 * What a {@link EventCategory#BLOCKER} event says is blocked, and by what.
 *
 * @param blockedBy     what blocks: a task id, a resource, anything; not blank, at most 4 KiB
 * @param blockingTasks the tasks that cannot proceed (ids, no duplicates, at most 100); may be empty
 * @param severity      how bad it is
 */
public record Blocker(String blockedBy, List<String> blockingTasks, Severity severity) {

    public Blocker {
        Checks.text(blockedBy, "blockedBy", Checks.MAX_TEXT_BYTES);
        blockingTasks = Checks.idList(blockingTasks, "blockingTasks");
        Checks.notNull(severity, "severity");
    }

    public static Blocker of(String blockedBy, Severity severity, Collection<String> blockingTasks) {
        return new Blocker(blockedBy, Checks.idList(blockingTasks, "blockingTasks"), severity);
    }

    /** Whether any of these tasks is among the {@link #blockingTasks()} this blocker holds up. */
    public boolean affectsAny(Collection<String> taskIds) {
        Checks.notNull(taskIds, "taskIds");
        return blockingTasks.stream().anyMatch(taskIds::contains);
    }
}
