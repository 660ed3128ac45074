package ai.ginko.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventTest {

    @Test
    void anEventWithoutAgentWasLoggedByAHuman() {
        assertThat(TestEvents.event(1).loggedByHuman()).isTrue();
        assertThat(TestEvents.event(1, EventCategory.FIX, Optional.of("agent_a")).loggedByHuman()).isFalse();
    }

    @Test
    void sequencesStartAtOne() {
        assertThatThrownBy(() -> event(0, EventCategory.FIX, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("sequence");
    }

    @Test
    void theCategoryRulesOfNewEventsHold() {
        assertThatThrownBy(() -> event(1, EventCategory.BLOCKER, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("blocker");
        assertThatThrownBy(() -> event(1, EventCategory.FIX,
                Optional.of(Blocker.of("x", Severity.LOW, List.of()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("blocker");
    }

    @Test
    void metadataIsNormalized() {
        Event event = new Event("id", 1, TestEvents.SCOPE, Optional.empty(), "user", EventCategory.FIX, "x",
                Optional.empty(), Map.of("n", 1, "f", 0.5f), Instant.EPOCH, Optional.empty(), Optional.empty(),
                Optional.empty());

        assertThat(event.metadata()).isEqualTo(Map.of("n", 1L, "f", 0.5d));
    }

    @Test
    void requiredFieldsAreChecked() {
        assertThatThrownBy(() -> new Event(null, 1, TestEvents.SCOPE, Optional.empty(), "user", EventCategory.FIX,
                "x", Optional.empty(), Map.of(), Instant.EPOCH, Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("id");
        assertThatThrownBy(() -> new Event("id", 1, null, Optional.empty(), "user", EventCategory.FIX,
                "x", Optional.empty(), Map.of(), Instant.EPOCH, Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("scope");
        assertThatThrownBy(() -> new Event("id", 1, TestEvents.SCOPE, Optional.empty(), "user", EventCategory.FIX,
                "x", Optional.empty(), Map.of(), null, Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("timestamp");
    }

    private static Event event(long sequence, EventCategory category, Optional<Blocker> blocker) {
        return new Event("id", sequence, TestEvents.SCOPE, Optional.empty(), "user", category, "x",
                Optional.empty(), Map.of(), Instant.EPOCH, blocker, Optional.empty(), Optional.empty());
    }
}
