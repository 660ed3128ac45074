package ai.ginko.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventFilterTest {

    private static final Event HUMAN_FIX = TestEvents.event(1, EventCategory.FIX, Optional.empty());
    private static final Event AGENT_FIX = TestEvents.event(2, EventCategory.FIX, Optional.of("agent_a"));
    private static final Event AGENT_FEATURE = TestEvents.event(3, EventCategory.FEATURE, Optional.of("agent_a"));
    private static final Event OTHER_AGENT_FIX = TestEvents.event(4, EventCategory.FIX, Optional.of("agent_b"));
    private static final Event BLOCKER_OF_6 =
            TestEvents.blockerEvent(5, Blocker.of("api", Severity.HIGH, List.of("TASK-6", "TASK-7")));
    private static final Event BLOCKER_OF_8 =
            TestEvents.blockerEvent(6, Blocker.of("db", Severity.LOW, List.of("TASK-8")));
    private static final List<Event> ALL =
            List.of(HUMAN_FIX, AGENT_FIX, AGENT_FEATURE, OTHER_AGENT_FIX, BLOCKER_OF_6, BLOCKER_OF_8);

    @Test
    void allMatchesEveryEvent() {
        assertThat(ALL).allMatch(EventFilter.all());
    }

    @Test
    void categoriesMatchOnlyThoseCategories() {
        assertThat(ALL).filteredOn(EventFilter.categories(EventCategory.FEATURE, EventCategory.BLOCKER))
                .containsExactly(AGENT_FEATURE, BLOCKER_OF_6, BLOCKER_OF_8);
    }

    @Test
    void agentsMatchOnlyTheirEventsAndNeverAHumans() {
        assertThat(ALL).filteredOn(EventFilter.agents(List.of("agent_a"))).containsExactly(AGENT_FIX, AGENT_FEATURE);
    }

    @Test
    void blockersAffectingMatchOnlyBlockersHoldingUpOneOfTheTasks() {
        assertThat(ALL).filteredOn(EventFilter.blockersAffecting(List.of("TASK-7", "TASK-9")))
                .containsExactly(BLOCKER_OF_6);
    }

    @Test
    void criteriaCombineWithAnd() {
        EventFilter filter = EventFilter.categories(EventCategory.FIX).withAgents(List.of("agent_a", "agent_b"));

        assertThat(ALL).filteredOn(filter).containsExactly(AGENT_FIX, OTHER_AGENT_FIX);
    }

    @Test
    void withCategoriesReplacesTheCategories() {
        EventFilter filter = EventFilter.categories(EventCategory.FIX).withCategories(List.of(EventCategory.FEATURE));

        assertThat(filter.categories()).containsExactly(EventCategory.FEATURE);
    }

    @Test
    void collectionsAreImmutableCopiesWithDuplicatesMerged() {
        EventFilter filter = EventFilter.agents(List.of("agent_a", "agent_a"));

        assertThat(filter.agentIds()).containsExactly("agent_a");
        assertThatThrownBy(() -> filter.agentIds().add("agent_b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullCollectionsAreRejectedNamingTheField() {
        assertThatThrownBy(() -> EventFilter.categories(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("categories");
        assertThatThrownBy(() -> EventFilter.categories(EventCategory.FIX, (EventCategory[]) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("categories");
        assertThatThrownBy(() -> EventFilter.agents(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("agentIds");
        assertThatThrownBy(() -> EventFilter.blockersAffecting(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("taskIds");
        assertThatThrownBy(() -> EventFilter.all().withAgents(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("agentIds");
        assertThatThrownBy(() -> EventFilter.all().withCategories(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("categories");
        assertThatThrownBy(() -> new EventFilter(Set.of(), null, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("agentIds");
    }

    @Test
    void nullEntriesAreRejectedNamingTheField() {
        assertThatThrownBy(() -> EventFilter.categories(EventCategory.FIX, (EventCategory) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("categories");
        assertThatThrownBy(() -> EventFilter.agents(Arrays.asList("agent_a", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("agentIds");
        assertThatThrownBy(() -> EventFilter.blockersAffecting(Arrays.asList(" ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("affectingTasks");
    }
}
