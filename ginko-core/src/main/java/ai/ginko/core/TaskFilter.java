package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which ready tasks a caller will take: those whose required capabilities its own cover, and not those it
 * excludes.
 *
 * @param capabilities    the caller's capabilities: a task matches when they include every capability it
 *                        requires; absent to take tasks whatever they require
 * @param excludedTaskIds tasks not to take (for instance ones that just failed)
 */
public record TaskFilter(Optional<Set<String>> capabilities, Set<String> excludedTaskIds) {

    private static final TaskFilter ANY = new TaskFilter(Optional.empty(), Set.of());

    public TaskFilter {
        Checks.notNull(capabilities, "capabilities");
        capabilities = capabilities.map(c -> Set.copyOf(Checks.idList(c, "capabilities")));
        excludedTaskIds = ids(excludedTaskIds, "excludedTaskIds");
    }

    /** Every ready task, whatever it requires. */
    public static TaskFilter any() {
        return ANY;
    }

    /** The ready tasks an agent with these capabilities can take (with none: the tasks that require none). */
    public static TaskFilter capabilities(Collection<String> capabilities) {
        return new TaskFilter(Optional.of(Set.copyOf(Checks.idList(capabilities, "capabilities"))), Set.of());
    }

    /** This filter, also leaving out these tasks. */
    public TaskFilter excluding(Collection<String> taskIds) {
        Set<String> excluded = new HashSet<>(excludedTaskIds);
        excluded.addAll(ids(taskIds, "excludedTaskIds"));
        return new TaskFilter(capabilities, excluded);
    }

    /** Whether a task so defined passes this filter. */
    public boolean accepts(TaskDefinition task) {
        Checks.notNull(task, "task");
        return !excludedTaskIds.contains(task.id())
                && capabilities.map(own -> own.containsAll(task.capabilities())).orElse(true);
    }

    /** Any number of ids, unlike {@code Checks.idList}: a long-running worker may exclude many. */
    private static Set<String> ids(Collection<String> values, String field) {
        Checks.notNull(values, field);
        int index = 0;
        for (String value : values) {
            Checks.id(value, field + "[" + index++ + "]");
        }
        return Set.copyOf(values);
    }
}
