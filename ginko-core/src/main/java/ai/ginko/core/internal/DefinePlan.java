package ai.ginko.core.internal;

import ai.ginko.core.TaskClaim;
import ai.ginko.core.TaskDefinition;
import ai.ginko.core.TaskState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@code define} of a batch will change, once its rules hold; every store computes it so, from the graph as
 * it stands under the scope's definition lock.
 *
 * <p>The rules, checked in this order so that the first broken one is reported: every dependency is defined or in
 * the batch; the dependencies of a claimed or completed task do not change; the batch closes no cycle. The graph
 * before the batch has no cycle (every define checked that), so a new cycle runs through a task of the batch, and
 * a search from the batch's tasks finds it.
 *
 * @param created      tasks defined for the first time
 * @param updated      defined tasks whose definition changes
 * @param unchanged    ids of defined tasks whose definition stays as it is
 * @param edgesChanged the tasks among created and updated whose dependencies change (their edges are replaced)
 */
public record DefinePlan(List<TaskDefinition> created, List<TaskDefinition> updated, List<String> unchanged,
        List<TaskDefinition> edgesChanged) {

    /**
     * A task of the batch as it stands, read under its lock.
     *
     * @param definition its definition, if it is defined
     * @param claim      its claim, if claimed or completed
     */
    public record Current(Optional<TaskDefinition> definition, Optional<TaskClaim> claim) {
    }

    /**
     * What a define of {@code batch} does to the graph: which tasks it creates, updates or leaves unchanged.
     *
     * @param batch   valid definitions with distinct ids
     * @param graph   every defined task of the scope with its dependencies
     * @param current the tasks of the batch that exist, by id
     * @throws IllegalArgumentException naming {@code dependsOn} when a rule is broken
     */
    public static DefinePlan of(List<TaskDefinition> batch, Map<String, List<String>> graph,
            Map<String, Current> current) {
        Set<String> batchIds = new HashSet<>();
        batch.forEach(task -> batchIds.add(task.id()));
        for (TaskDefinition task : batch) {
            for (String dependency : task.dependsOn()) {
                if (!batchIds.contains(dependency) && !graph.containsKey(dependency)) {
                    throw new IllegalArgumentException("dependsOn: " + task.id() + " depends on " + dependency
                            + ", which is not defined; define it first or in the same call");
                }
            }
        }
        List<TaskDefinition> created = new ArrayList<>();
        List<TaskDefinition> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<TaskDefinition> edgesChanged = new ArrayList<>();
        for (TaskDefinition task : batch) {
            Optional<Current> now = Optional.ofNullable(current.get(task.id()));
            Optional<TaskDefinition> before = now.flatMap(Current::definition);
            List<String> dependenciesBefore = before.map(TaskDefinition::dependsOn).orElse(List.of());
            if (!dependenciesBefore.equals(task.dependsOn())) {
                now.flatMap(Current::claim).ifPresent(claim -> {
                    throw new IllegalArgumentException("dependsOn: the dependencies of " + task.id()
                            + " cannot change: it is " + (claim.state() == TaskState.COMPLETED
                                    ? "completed" : "claimed by " + claim.agentId()));
                });
                edgesChanged.add(task);
            }
            if (before.isEmpty()) {
                created.add(task);
            } else if (before.get().equals(task)) {
                unchanged.add(task.id());
            } else {
                updated.add(task);
            }
        }
        Map<String, List<String>> edges = new HashMap<>(graph);
        batch.forEach(task -> edges.put(task.id(), task.dependsOn()));
        cycle(edges, batch.stream().map(TaskDefinition::id).toList()).ifPresent(cycle -> {
            throw new IllegalArgumentException("dependsOn: the definitions would close a cycle: "
                    + String.join(" -> ", cycle));
        });
        return new DefinePlan(List.copyOf(created), List.copyOf(updated), List.copyOf(unchanged),
                List.copyOf(edgesChanged));
    }

    /** The definitions to write: created and updated ones. */
    public List<TaskDefinition> changed() {
        List<TaskDefinition> changed = new ArrayList<>(created);
        changed.addAll(updated);
        return changed;
    }

    /**
     * The first cycle a depth-first search from {@code starts} (in order, neighbours in id order) runs into, as the
     * path from a task back to itself; iterative, so that a long chain cannot overflow the stack.
     */
    private static Optional<List<String>> cycle(Map<String, List<String>> edges, List<String> starts) {
        Set<String> done = new HashSet<>();
        for (String start : starts) {
            if (done.contains(start)) {
                continue;
            }
            List<String> path = new ArrayList<>(List.of(start));
            Set<String> onPath = new HashSet<>(path);
            Deque<Integer> nextNeighbour = new ArrayDeque<>(List.of(0));
            while (!path.isEmpty()) {
                String node = path.getLast();
                List<String> neighbours = edges.getOrDefault(node, List.of());
                int next = nextNeighbour.pop();
                if (next == neighbours.size()) {
                    done.add(node);
                    onPath.remove(node);
                    path.removeLast();
                    continue;
                }
                nextNeighbour.push(next + 1);
                String neighbour = neighbours.get(next);
                if (onPath.contains(neighbour)) {
                    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(neighbour), path.size()));
                    cycle.add(neighbour);
                    return Optional.of(cycle);
                }
                if (!done.contains(neighbour)) {
                    path.add(neighbour);
                    onPath.add(neighbour);
                    nextNeighbour.push(0);
                }
            }
        }
        return Optional.empty();
    }
}
