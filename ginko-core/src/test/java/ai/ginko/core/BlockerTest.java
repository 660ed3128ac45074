package ai.ginko.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BlockerTest {

    private static final Blocker BLOCKER = Blocker.of("payments-api", Severity.HIGH, List.of("TASK-6", "TASK-7"));

    @Test
    void affectsAnyOfItsBlockingTasks() {
        assertThat(BLOCKER.affectsAny(List.of("TASK-1", "TASK-7"))).isTrue();
        assertThat(BLOCKER.affectsAny(Set.of("TASK-6"))).isTrue();
    }

    @Test
    void affectsNoOtherTask() {
        assertThat(BLOCKER.affectsAny(List.of("TASK-1"))).isFalse();
        assertThat(BLOCKER.affectsAny(List.of())).isFalse();
    }

    @Test
    void aBlockerOfNoTaskAffectsNone() {
        assertThat(Blocker.of("ci", Severity.LOW, List.of()).affectsAny(List.of("TASK-1"))).isFalse();
    }

    @Test
    void affectsAnyOfNullIsRejected() {
        assertThatThrownBy(() -> BLOCKER.affectsAny(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("taskIds");
    }

    @Test
    void ofKeepsAnImmutableCopyOfTheTasksInOrder() {
        List<String> tasks = new ArrayList<>(List.of("TASK-2", "TASK-1"));
        Blocker blocker = Blocker.of("x", Severity.LOW, tasks);

        tasks.add("TASK-3");

        assertThat(blocker.blockingTasks()).containsExactly("TASK-2", "TASK-1");
        assertThatThrownBy(() -> blocker.blockingTasks().add("TASK-4"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void atMost100BlockingTasks() {
        List<String> hundred = IntStream.range(0, 100).mapToObj(i -> "TASK-" + i).toList();
        List<String> more = IntStream.range(0, 101).mapToObj(i -> "TASK-" + i).toList();

        assertThat(Blocker.of("x", Severity.LOW, hundred).blockingTasks()).hasSize(100);
        assertThatThrownBy(() -> Blocker.of("x", Severity.LOW, more))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("blockingTasks");
    }

    @Test
    void blockedByIsText() {
        assertThatThrownBy(() -> Blocker.of(null, Severity.LOW, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("blockedBy");
    }
}
