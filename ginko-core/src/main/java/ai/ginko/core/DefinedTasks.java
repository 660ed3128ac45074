package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * What {@link TaskGraph#define} did with each definition.
 *
 * @param created   ids of tasks defined for the first time
 * @param updated   ids of tasks whose definition changed
 * @param unchanged ids of tasks already defined exactly so
 * @param event     the TASK event (metadata {@code action=defined}) that announced the change; absent when nothing
 *                  changed
 */
public record DefinedTasks(List<String> created, List<String> updated, List<String> unchanged,
        Optional<Event> event) {

    public DefinedTasks {
        created = List.copyOf(Checks.notNull(created, "created"));
        updated = List.copyOf(Checks.notNull(updated, "updated"));
        unchanged = List.copyOf(Checks.notNull(unchanged, "unchanged"));
        Checks.notNull(event, "event");
    }
}
