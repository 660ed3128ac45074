package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import ai.ginko.core.internal.TaskEvents;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which events a subscriber wants. Each non-empty criterion must match; an empty one matches everything.
 *
 * @param categories     the categories wanted; empty for all
 * @param agentIds       the logging agents wanted; empty for all (human events never match a non-empty set)
 * @param affectingTasks blocker events whose blocking tasks include one of these; empty for no such restriction.
 *                       When non-empty, only {@link EventCategory#BLOCKER} events can match.
 * @param assignees      task assignments (TASK events with metadata {@code action=assigned}) to one of these
 *                       agents; empty for no such restriction. When non-empty, only such events can match.
 */
public record EventFilter(Set<EventCategory> categories, Set<String> agentIds, Set<String> affectingTasks,
        Set<String> assignees) implements Predicate<Event> {

    private static final EventFilter ALL = new EventFilter(Set.of(), Set.of(), Set.of());

    public EventFilter {
        Checks.notNull(categories, "categories").forEach(category -> Checks.notNull(category, "categories"));
        categories = Set.copyOf(categories);
        agentIds = Set.copyOf(Checks.idList(agentIds, "agentIds"));
        affectingTasks = Set.copyOf(Checks.idList(affectingTasks, "affectingTasks"));
        assignees = Set.copyOf(Checks.idList(assignees, "assignees"));
    }

    /** A filter with no assignee criterion. */
    public EventFilter(Set<EventCategory> categories, Set<String> agentIds, Set<String> affectingTasks) {
        this(categories, agentIds, affectingTasks, Set.of());
    }

    public static EventFilter all() {
        return ALL;
    }

    public static EventFilter categories(EventCategory first, EventCategory... rest) {
        Set<EventCategory> wanted = copyKeepingNulls(Arrays.asList(Checks.notNull(rest, "categories")), "categories");
        wanted.add(first);
        return new EventFilter(wanted, Set.of(), Set.of());
    }

    public static EventFilter agents(Collection<String> agentIds) {
        return new EventFilter(Set.of(), copyKeepingNulls(agentIds, "agentIds"), Set.of());
    }

    /** Blocker events that hold up any of these tasks: what an agent asks about its own work. */
    public static EventFilter blockersAffecting(Collection<String> taskIds) {
        return new EventFilter(EnumSet.of(EventCategory.BLOCKER), Set.of(), copyKeepingNulls(taskIds, "taskIds"));
    }

    /**
     * The assignments of tasks to this agent ({@link TaskGraph#assign}): what an agent follows to learn of work a
     * supervisor gave it.
     */
    public static EventFilter assignmentsTo(String agentId) {
        return new EventFilter(EnumSet.of(EventCategory.TASK), Set.of(), Set.of(),
                Set.of(Checks.id(agentId, "agentId")));
    }

    public EventFilter withAgents(Collection<String> newAgentIds) {
        return new EventFilter(categories, copyKeepingNulls(newAgentIds, "agentIds"), affectingTasks, assignees);
    }

    public EventFilter withCategories(Collection<EventCategory> newCategories) {
        return new EventFilter(copyKeepingNulls(newCategories, "categories"), agentIds, affectingTasks, assignees);
    }

    /**
     * A mutable set of the values, duplicates merged. Null entries stay in, for the canonical constructor to reject
     * with the field named; {@code Set.copyOf} would throw a bare NullPointerException instead.
     */
    private static <T> Set<T> copyKeepingNulls(Collection<T> values, String field) {
        return new HashSet<>(Checks.notNull(values, field));
    }

    @Override
    public boolean test(Event event) {
        return (categories.isEmpty() || categories.contains(event.category()))
                && (agentIds.isEmpty() || event.agentId().filter(agentIds::contains).isPresent())
                && (affectingTasks.isEmpty() || event.blocker().filter(b -> b.affectsAny(affectingTasks)).isPresent())
                && (assignees.isEmpty() || assignedToOneOf(event));
    }

    private boolean assignedToOneOf(Event event) {
        return event.category() == EventCategory.TASK
                && TaskEvents.ASSIGNED.equals(event.metadata().get(TaskEvents.ACTION))
                && event.metadata().get(TaskEvents.ASSIGNEE) instanceof String assignee && assignees.contains(assignee);
    }
}
