package ai.ginko.examples.cli;

import ai.ginko.core.TaskView;
import ai.ginko.tools.views.TextTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dependency tree of {@code ginko task deps}: each root (a task nothing depends on, or the one asked for) with
 * the tasks it depends on beneath it, recursively, one aligned line per task: id, title, status. A task shared by
 * several dependents is expanded where it first appears; later appearances say so instead of repeating its
 * subtree.
 */
final class TaskTree {

    private static final String SHOWN_ABOVE = " (dependencies shown above)";

    private final Map<String, TaskView> byId = new HashMap<>();
    private final TaskText text;
    private final List<List<String>> rows = new ArrayList<>();
    private final Set<String> expanded = new HashSet<>();

    private TaskTree(List<TaskView> tasks, TaskText text) {
        tasks.forEach(task -> byId.put(task.id(), task));
        this.text = text;
    }

    /** The whole graph, from the tasks that nothing depends on, in id order. */
    static List<String> of(List<TaskView> tasks, TaskText text) {
        Set<String> dependedOn = new HashSet<>();
        tasks.forEach(task -> dependedOn.addAll(task.definition().dependsOn()));
        TaskTree tree = new TaskTree(tasks, text);
        tasks.stream().filter(task -> !dependedOn.contains(task.id()))
                .forEach(root -> tree.add(root, "", ""));
        return TextTable.align(tree.rows);
    }

    /** One task and what it depends on. */
    static List<String> of(List<TaskView> tasks, TaskView root, TaskText text) {
        TaskTree tree = new TaskTree(tasks, text);
        tree.add(root, "", "");
        return TextTable.align(tree.rows);
    }

    private void add(TaskView task, String prefix, String childPrefix) {
        List<String> dependencies = task.definition().dependsOn();
        boolean again = !expanded.add(task.id());
        String status = text.status(task) + (again && !dependencies.isEmpty() ? SHOWN_ABOVE : "");
        rows.add(List.of(prefix + task.id(), task.definition().title(), status));
        if (again) {
            return;
        }
        for (int i = 0; i < dependencies.size(); i++) {
            TaskView dependency = byId.get(dependencies.get(i));
            if (dependency != null) {
                boolean last = i == dependencies.size() - 1;
                add(dependency, childPrefix + (last ? "└─ " : "├─ "), childPrefix + (last ? "   " : "│  "));
            }
        }
    }
}
