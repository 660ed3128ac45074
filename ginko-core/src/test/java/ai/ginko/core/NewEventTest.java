package ai.ginko.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NewEventTest {

    private static final Blocker BLOCKER = Blocker.of("api", Severity.HIGH, List.of("TASK-1"));

    @Test
    void ofHasOnlyCategoryAndDescription() {
        NewEvent event = NewEvent.of(EventCategory.FIX, "Fixed it");

        assertThat(event.category()).isEqualTo(EventCategory.FIX);
        assertThat(event.description()).isEqualTo("Fixed it");
        assertThat(event.impact()).isEmpty();
        assertThat(event.metadata()).isEmpty();
        assertThat(event.blocker()).isEmpty();
        assertThat(event.taskId()).isEmpty();
        assertThat(event.resolvesEventId()).isEmpty();
    }

    @Test
    void builderSetsEveryField() {
        NewEvent event = NewEvent.builder(EventCategory.FEATURE, "Login")
                .impact("Users can sign in").taskId("TASK-1")
                .metadata("pr", 42).metadata(Map.of("branch", "main")).build();

        assertThat(event.impact()).contains("Users can sign in");
        assertThat(event.taskId()).contains("TASK-1");
        assertThat(event.metadata()).isEqualTo(Map.of("pr", 42L, "branch", "main"));
    }

    @Test
    void blockerMakesABlockerEvent() {
        NewEvent event = NewEvent.blocker("API down", BLOCKER);

        assertThat(event.category()).isEqualTo(EventCategory.BLOCKER);
        assertThat(event.blocker()).contains(BLOCKER);
    }

    @Test
    void resolutionMakesAResolutionOfTheBlockerEvent() {
        NewEvent event = NewEvent.resolution("event-7", "API is back");

        assertThat(event.category()).isEqualTo(EventCategory.BLOCKER_RESOLVED);
        assertThat(event.resolvesEventId()).contains("event-7");
    }

    @Test
    void descriptionMayHave64KiBInUtf8() {
        assertThat(NewEvent.of(EventCategory.FIX, "x".repeat(64 * 1024)).description()).hasSize(64 * 1024);
        assertThat(NewEvent.of(EventCategory.FIX, "é".repeat(32 * 1024)).description()).hasSize(32 * 1024);
    }

    @Test
    void descriptionOver64KiBInUtf8IsRejected() {
        assertThatThrownBy(() -> NewEvent.of(EventCategory.FIX, "é".repeat(32 * 1024) + "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("description")
                .hasMessageContaining("65537");
    }

    @Test
    void impactMayHave4KiB() {
        NewEvent event = NewEvent.builder(EventCategory.FIX, "x").impact("i".repeat(4 * 1024)).build();

        assertThat(event.impact()).get().asString().hasSize(4 * 1024);
        assertThatThrownBy(() -> NewEvent.builder(EventCategory.FIX, "x").impact("i".repeat(4 * 1024 + 1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("impact");
    }

    @Test
    void aBlockerOnAnotherCategoryIsRejectedNamingTheCategory() {
        assertThatThrownBy(() -> NewEvent.builder(EventCategory.FEATURE, "x").blocker(BLOCKER).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("blocker")
                .hasMessageContaining("feature");
    }

    @Test
    void aBlockerEventWithoutABlockerIsRejected() {
        assertThatThrownBy(() -> NewEvent.of(EventCategory.BLOCKER, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("blocker");
    }

    @Test
    void aResolutionOnAnotherCategoryIsRejected() {
        assertThatThrownBy(() -> NewEvent.builder(EventCategory.FIX, "x").resolves("event-1").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("resolvesEventId");
    }

    @Test
    void aResolutionWithoutTheBlockerEventIsRejected() {
        assertThatThrownBy(() -> NewEvent.of(EventCategory.BLOCKER_RESOLVED, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("resolvesEventId");
    }

    @Test
    void metadataIsAnImmutableCopy() {
        List<Object> tags = new ArrayList<>(List.of("a"));
        Map<String, Object> metadata = new HashMap<>(Map.of("tags", tags));
        NewEvent event = NewEvent.builder(EventCategory.FIX, "x").metadata(metadata).build();

        tags.add("b");
        metadata.put("later", "value");

        assertThat(event.metadata()).isEqualTo(Map.of("tags", List.of("a")));
        assertThatThrownBy(() -> event.metadata().put("k", "v")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builderRejectsNullMetadataKeysAndValuesNamingThem() {
        assertThatThrownBy(() -> NewEvent.builder(EventCategory.FIX, "x").metadata(null, "v"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("metadata key");
        assertThatThrownBy(() -> NewEvent.builder(EventCategory.FIX, "x").metadata("owner", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("metadata.owner");
        assertThatThrownBy(() -> NewEvent.builder(EventCategory.FIX, "x").metadata(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("metadata");
    }

    @Test
    void theConstructorRejectsNullOptionals() {
        assertThatThrownBy(() -> new NewEvent(EventCategory.FIX, "x", null, Map.of(), Optional.empty(),
                Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("impact");
        assertThatThrownBy(() -> new NewEvent(EventCategory.FIX, "x", Optional.empty(), Map.of(), null,
                Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("blocker");
    }
}
