package ai.ginko.core;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A project's tasks as a dependency graph: what there is to do, in which order, and what is ready now. Reached
 * through {@link CoordinationClient#tasks()}; agents take ready work with {@link AgentSession#claimNext}.
 *
 * <pre>{@code
 * TaskGraph tasks = client.tasks();
 * tasks.define(List.of(
 *         TaskDefinition.of("TASK-1", "Event log"),
 *         TaskDefinition.builder("TASK-2", "Long-poll API").dependsOn(List.of("TASK-1")).build()));
 * tasks.ready(TaskFilter.any(), 10);      // [TASK-1]
 * }</pre>
 *
 * <p><b>Rules of {@link #define}:</b> it is an idempotent upsert of a batch, all or nothing. A dependency must be
 * defined already or in the same batch. A batch that would close a cycle is refused, naming it. A task's title,
 * priority, capabilities, estimate and description may change at any time; its dependencies may change only
 * while nobody holds it and it is not completed (so that no claimed task ever gains an open dependency). Tasks are
 * never removed.
 *
 * <p><b>Ready</b> means: defined, not completed, every dependency completed, not held by an online agent (a task
 * whose holder went offline is ready: the next claim takes it over), and not assigned to another online agent.
 * Ready tasks come most urgent first (lowest priority number), then oldest first (by definition time), then by id.
 *
 * <p>Reads are snapshots: {@link #ready} advises, and only a claim decides (under the task's lock).
 *
 * <p>Thread-safe. Methods throw {@link IllegalStateException} once the client is closed.
 */
public interface TaskGraph {

    /** Most definitions in one {@link #define} call. */
    int MAX_DEFINITIONS = 500;

    /**
     * Defines (creates or updates) tasks and their dependencies, in one transaction: all of them, or none when one
     * is refused. When anything changed, logs one {@link EventCategory#TASK} event (metadata {@code action=defined},
     * {@code tasks} the ids that changed) as the client's user, so that waiting agents learn of new work.
     *
     * @param definitions 1 to {@value #MAX_DEFINITIONS} definitions, each id at most once
     * @throws IllegalArgumentException naming {@code dependsOn} when a dependency is not defined, when the batch
     *                                  would close a cycle (the message names it, e.g.
     *                                  {@code TASK-3 -> TASK-5 -> TASK-3}), or when it changes the dependencies of a
     *                                  claimed or completed task; nothing is written
     */
    DefinedTasks define(Collection<TaskDefinition> definitions);

    /** {@link #define(Collection)} of one task. */
    default DefinedTasks define(TaskDefinition definition) {
        return define(List.of(definition));
    }

    /**
     * The ready tasks that the filter accepts and that are assigned to nobody (online), in ready order.
     *
     * @param limit 1–1000
     */
    List<TaskView> ready(TaskFilter filter, int limit);

    /** The ready tasks that agents with these capabilities can take: {@code ready(TaskFilter.capabilities(..))}. */
    default List<TaskView> ready(Collection<String> capabilities, int limit) {
        return ready(TaskFilter.capabilities(capabilities), limit);
    }

    /**
     * What {@link AgentSession#claimNext} would consider for this agent: the tasks assigned to it first, then
     * {@link #ready}, each filtered and in ready order.
     *
     * @param limit 1–1000
     */
    List<TaskView> readyFor(String agentId, TaskFilter filter, int limit);

    /** A defined task as it stands; empty when no task of this id is defined. */
    Optional<TaskView> task(String taskId);

    /** Every defined task, in id order ({@code TASK-2} before {@code TASK-10}). */
    List<TaskView> all();

    /** The open tasks in topological layers, from one read of the graph. */
    Waves waves();

    /** What a defined task still waits on and what waits on it; empty when no task of this id is defined. */
    Optional<TaskDependencies> dependencies(String taskId);

    /**
     * Assigns a task to an agent, as the client's user, and logs it as a {@link EventCategory#TASK} event (metadata
     * {@code action=assigned}, {@code assignee}, and {@code note} when given), which the assignee can follow with
     * {@link EventFilter#assignmentsTo}. While the assignee is online, the task is ready for it alone; it accepts
     * by claiming the task, or rejects it with {@link AgentSession#reject}. A later assignment replaces an earlier
     * one.
     *
     * @param note what the supervisor wants the assignee to know; not blank, at most 64 KiB
     * @throws TaskNotAssignableException when the task is not defined, is completed, or is held by an online agent
     * @throws UnknownAgentException      when the assignee is not registered
     * @throws AgentDeregisteredException when the assignee was deregistered
     */
    TaskAssignment assign(String taskId, String agentId, String note);

    /** {@link #assign(String, String, String)} without a note. */
    TaskAssignment assign(String taskId, String agentId);
}
