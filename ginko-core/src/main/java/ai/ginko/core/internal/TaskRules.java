package ai.ginko.core.internal;

import ai.ginko.core.TaskAssignment;
import ai.ginko.core.TaskDependencies;
import ai.ginko.core.TaskFilter;
import ai.ginko.core.TaskState;
import ai.ginko.core.TaskStatus;
import ai.ginko.core.TaskView;
import ai.ginko.core.Waves;
import ai.ginko.core.spi.StoredTask;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one set of rules for what a task's status is and what is ready, shared by every store so that they agree:
 * stores hand over {@link StoredTask}s and these rules turn them into views.
 */
public final class TaskRules {

    /** Ready order: most urgent first, then oldest, then by id. */
    public static final Comparator<TaskView> READY_ORDER = Comparator
            .comparingInt((TaskView task) -> task.definition().priority())
            .thenComparing(TaskView::definedAt)
            .thenComparing(TaskView::id, TaskIds.ORDER);

    private static final Comparator<TaskView> BY_ID = Comparator.comparing(TaskView::id, TaskIds.ORDER);

    private TaskRules() {
    }

    /** Views of every task of one read of the whole graph, in id order. */
    public static List<TaskView> views(Collection<StoredTask> tasks) {
        Map<String, StoredTask> byId = new HashMap<>();
        tasks.forEach(task -> byId.put(task.id(), task));
        return tasks.stream()
                .map(task -> view(task, task.definition().dependsOn().stream()
                        .filter(dependency -> !completed(byId.get(dependency))).toList()))
                .sorted(BY_ID).toList();
    }

    /**
     * The ready tasks among claimable ones (whose dependencies the store found completed) that the filter accepts:
     * for an agent, those assigned to it first, then the unassigned ones; for anyone, the unassigned ones. In
     * ready order, at most {@code limit}.
     */
    public static List<TaskView> ready(Collection<StoredTask> claimable, Optional<String> agentId, TaskFilter filter,
            int limit) {
        Comparator<TaskView> assignedFirst = Comparator.comparing(task -> task.status() != TaskStatus.ASSIGNED);
        return claimable.stream()
                .filter(task -> filter.accepts(task.definition()))
                .map(task -> view(task, List.of()))
                .filter(task -> task.status() == TaskStatus.READY || (task.status() == TaskStatus.ASSIGNED
                        && agentId.equals(task.assignment().map(TaskAssignment::agentId))))
                .sorted(assignedFirst.thenComparing(READY_ORDER))
                .limit(limit).toList();
    }

    /** Whether a standing assignment keeps the task from this agent: it is assigned to another, online agent. */
    public static boolean assignedToAnother(Optional<TaskAssignment> assignment, boolean assigneeOnline,
            String agentId) {
        return assigneeOnline && assignment.filter(a -> !a.agentId().equals(agentId)).isPresent();
    }

    /**
     * The open tasks in topological layers. A read that straddles a redefinition might see a cycle that never
     * existed at any one time; such tasks go into one last wave rather than being dropped.
     */
    public static Waves waves(List<TaskView> views) {
        Map<String, TaskView> open = new HashMap<>();
        views.stream().filter(task -> task.status() != TaskStatus.COMPLETED).forEach(task -> open.put(task.id(), task));
        Set<String> placed = new HashSet<>();
        List<List<TaskView>> waves = new ArrayList<>();
        while (placed.size() < open.size()) {
            List<TaskView> wave = open.values().stream()
                    .filter(task -> !placed.contains(task.id()))
                    .filter(task -> task.waitingOn().stream()
                            .allMatch(dependency -> placed.contains(dependency) || !open.containsKey(dependency)))
                    .sorted(READY_ORDER).toList();
            if (wave.isEmpty()) {
                wave = open.values().stream().filter(task -> !placed.contains(task.id())).sorted(READY_ORDER).toList();
            }
            wave.forEach(task -> placed.add(task.id()));
            waves.add(wave);
        }
        return new Waves(waves);
    }

    /** A task's open neighbours, from the views of the whole graph. */
    public static Optional<TaskDependencies> dependencies(List<TaskView> views, String taskId) {
        Map<String, TaskView> byId = new HashMap<>();
        views.forEach(task -> byId.put(task.id(), task));
        return Optional.ofNullable(byId.get(taskId)).map(task -> new TaskDependencies(task,
                task.waitingOn().stream().filter(byId::containsKey).map(byId::get).sorted(BY_ID).toList(),
                views.stream().filter(other -> other.status() != TaskStatus.COMPLETED
                        && other.definition().dependsOn().contains(taskId)).sorted(BY_ID).toList()));
    }

    private static TaskView view(StoredTask task, List<String> waitingOn) {
        return new TaskView(task.definition(), status(task, !waitingOn.isEmpty()), task.claim(), task.assignment(),
                waitingOn, task.definedAt());
    }

    private static TaskStatus status(StoredTask task, boolean waiting) {
        if (completed(task)) {
            return TaskStatus.COMPLETED;
        }
        if (task.holderOnline() && task.claim().filter(c -> c.state() == TaskState.CLAIMED).isPresent()) {
            return TaskStatus.IN_PROGRESS;
        }
        if (waiting) {
            return TaskStatus.WAITING;
        }
        return task.assigneeOnline() && task.assignment().isPresent() ? TaskStatus.ASSIGNED : TaskStatus.READY;
    }

    private static boolean completed(@Nullable StoredTask task) {
        return task != null && task.claim().filter(c -> c.state() == TaskState.COMPLETED).isPresent();
    }
}
