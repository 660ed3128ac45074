package ai.ginko.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {

    @Test
    void notNullReturnsTheValue() {
        assertThat(Checks.notNull("v", "field")).isEqualTo("v");
        assertThatThrownBy(() -> Checks.notNull(null, "field"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("field must not be null");
    }

    @Test
    void idAcceptsUpTo256Characters() {
        assertThat(Checks.id("a".repeat(256), "taskId")).hasSize(256);
        assertThatThrownBy(() -> Checks.id("a".repeat(257), "taskId"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("taskId must be at most 256 characters, was 257");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\n", "\u2003"})
    void idMustNotBeBlank(String value) {
        assertThatThrownBy(() -> Checks.id(value, "taskId"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("taskId must not be");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TASK\n1", "TASK\u00001", "TASK\u007f", "\tTASK"})
    void idMustNotContainControlCharacters(String value) {
        assertThatThrownBy(() -> Checks.id(value, "taskId"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("taskId must not contain control characters");
    }

    @Test
    void textCountsUtf8Bytes() {
        assertThat(Checks.text("€".repeat(3), "note", 9)).isEqualTo("€€€");
        assertThatThrownBy(() -> Checks.text("€".repeat(4), "note", 9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("note must be at most 9 bytes in UTF-8, was 12");
    }

    @Test
    void textMayContainLineBreaks() {
        assertThat(Checks.text("line 1\nline 2", "note", 100)).contains("\n");
    }

    @Test
    void optionalTextAndIdCheckOnlyPresentValues() {
        assertThat(Checks.optionalText(Optional.empty(), "impact", 1)).isEmpty();
        assertThat(Checks.optionalId(Optional.of("TASK-1"), "taskId")).contains("TASK-1");
        assertThatThrownBy(() -> Checks.optionalText(Optional.of("long"), "impact", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("impact");
        assertThatThrownBy(() -> Checks.optionalId(null, "taskId"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("taskId");
    }

    @Test
    void idListIsAnImmutableCopy() {
        List<String> values = new ArrayList<>(List.of("a", "b"));
        List<String> copy = Checks.idList(values, "tasks");

        values.add("c");

        assertThat(copy).containsExactly("a", "b");
        assertThatThrownBy(() -> copy.add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void idListNamesTheIndexOfABadEntry() {
        assertThatThrownBy(() -> Checks.idList(Arrays.asList("a", null), "tasks"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tasks[1] must not be null");
        assertThatThrownBy(() -> Checks.idList(List.of("a", " "), "tasks"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tasks[1] must not be blank");
    }

    @Test
    void idListRejectsDuplicatesAndMoreThan100Entries() {
        assertThatThrownBy(() -> Checks.idList(List.of("a", "a"), "tasks"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("tasks must not contain duplicates");
        List<String> many = IntStream.range(0, 101).mapToObj(i -> "t" + i).toList();
        assertThatThrownBy(() -> Checks.idList(many, "tasks"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tasks must have at most 100 entries, had 101");
        assertThat(Checks.idList(many.subList(0, 100), "tasks")).hasSize(100);
    }

    @Test
    void nonNegativeAndBetween() {
        assertThat(Checks.nonNegative(0, "afterSequence")).isZero();
        assertThatThrownBy(() -> Checks.nonNegative(-1, "afterSequence"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("afterSequence must be >= 0, was -1");
        assertThat(Checks.between(1, 1, 1000, "limit")).isEqualTo(1);
        assertThat(Checks.between(1000, 1, 1000, "limit")).isEqualTo(1000);
        assertThatThrownBy(() -> Checks.between(1001, 1, 1000, "limit"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be between 1 and 1000, was 1001");
    }

    @Test
    void positiveRejectsZeroAndNegativeDurations() {
        assertThat(Checks.positive(Duration.ofNanos(1), "interval")).isEqualTo(Duration.ofNanos(1));
        assertThatThrownBy(() -> Checks.positive(Duration.ZERO, "interval"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("interval must be positive");
        assertThatThrownBy(() -> Checks.positive(null, "interval"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("interval must not be null");
    }

    @Test
    void atMostAcceptsZeroUpToTheMaximum() {
        Duration max = Duration.ofSeconds(30);

        assertThat(Checks.atMost(Duration.ZERO, max, "timeout")).isZero();
        assertThat(Checks.atMost(max, max, "timeout")).isEqualTo(max);
        assertThatThrownBy(() -> Checks.atMost(Duration.ofMillis(-1), max, "timeout"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("timeout must not be negative");
        assertThatThrownBy(() -> Checks.atMost(max.plusNanos(1), max, "timeout"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("timeout must be at most PT30S");
    }
}
