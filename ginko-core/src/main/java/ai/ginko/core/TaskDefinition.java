package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import ai.ginko.core.internal.TaskIds;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A unit of work in a project's task graph, as handed to {@link TaskGraph#define}. Build one with
 * {@link #builder(String, String)}; the record validates itself, so an invalid definition never reaches the store.
 *
 * <p><b>Priority</b> runs from {@value #HIGHEST_PRIORITY} (most urgent) to {@value #LOWEST_PRIORITY} (least), as
 * in beads: 0 critical, 1 high, 2 normal (the default), 3 low, 4 backlog. Ready work is offered most urgent first,
 * then oldest first.
 *
 * @param id           the task's id, e.g. {@code TASK-4}; the same id that claims, events and blockers use
 * @param title        a one-line summary; not blank, at most 4 KiB
 * @param priority     0 (most urgent) to 4; default 2
 * @param capabilities what an agent must be able to do to take the task (ids, no duplicates, at most 100); an
 *                     agent whose capabilities include all of them can take it; empty means anyone can
 * @param dependsOn    the tasks that must be completed before this one is ready (ids, no duplicates, at most 100);
 *                     kept in id order ({@code TASK-2} before {@code TASK-10}), as the set it is
 * @param estimate     free-form size, such as {@code Small} or {@code 2h}; at most 4 KiB
 * @param description  what to do, in as much detail as needed; at most 64 KiB
 */
public record TaskDefinition(
        String id,
        String title,
        int priority,
        List<String> capabilities,
        List<String> dependsOn,
        Optional<String> estimate,
        Optional<String> description) {

    public static final int HIGHEST_PRIORITY = 0;
    public static final int LOWEST_PRIORITY = 4;
    public static final int DEFAULT_PRIORITY = 2;

    public TaskDefinition {
        Checks.id(id, "id");
        Checks.text(title, "title", Checks.MAX_TEXT_BYTES);
        Checks.between(priority, HIGHEST_PRIORITY, LOWEST_PRIORITY, "priority");
        capabilities = Checks.idList(capabilities, "capabilities");
        dependsOn = Checks.idList(dependsOn, "dependsOn").stream().sorted(TaskIds.ORDER).toList();
        Checks.optionalText(estimate, "estimate", Checks.MAX_TEXT_BYTES);
        Checks.optionalText(description, "description", Checks.MAX_DESCRIPTION_BYTES);
    }

    /** A task with this id and title, default priority, no capabilities and no dependencies. */
    public static TaskDefinition of(String id, String title) {
        return builder(id, title).build();
    }

    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /** Builds a {@link TaskDefinition}; not thread-safe. Validation happens in {@link #build()}. */
    public static final class Builder {
        private final String id;
        private final String title;
        private int priority = DEFAULT_PRIORITY;
        private List<String> capabilities = List.of();
        private List<String> dependsOn = List.of();
        private @Nullable String estimate;
        private @Nullable String description;

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        /** 0 (most urgent) to 4 (least); default 2. */
        public Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        public Builder capabilities(Collection<String> capabilities) {
            this.capabilities = Checks.idList(capabilities, "capabilities");
            return this;
        }

        public Builder dependsOn(Collection<String> taskIds) {
            this.dependsOn = Checks.idList(taskIds, "dependsOn");
            return this;
        }

        public Builder estimate(String estimate) {
            this.estimate = Checks.notNull(estimate, "estimate");
            return this;
        }

        public Builder description(String description) {
            this.description = Checks.notNull(description, "description");
            return this;
        }

        public TaskDefinition build() {
            return new TaskDefinition(id, title, priority, capabilities, dependsOn, Optional.ofNullable(estimate),
                    Optional.ofNullable(description));
        }
    }
}
