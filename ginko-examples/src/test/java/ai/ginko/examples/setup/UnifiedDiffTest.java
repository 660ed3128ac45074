package ai.ginko.examples.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The dry run's diff has the shape of {@code diff -u}: hunks with three lines of context, numbered as diff does. */
class UnifiedDiffTest {

    @Test
    void changesFarApartAreSeparateHunksWithThreeLinesOfContext() {
        String before = lines(1, 20);
        String after = before.replace("line 2\n", "line two\n").replace("line 18\n", "line 18\nline 18b\n");

        assertThat(UnifiedDiff.of("f", Optional.of(before), after)).isEqualTo("""
                --- f
                +++ f
                @@ -1,5 +1,5 @@
                 line 1
                -line 2
                +line two
                 line 3
                 line 4
                 line 5
                @@ -16,5 +16,6 @@
                 line 16
                 line 17
                 line 18
                +line 18b
                 line 19
                 line 20
                """);
    }

    @Test
    void changesCloserThanTwoContextsShareAHunk() {
        String before = lines(1, 10);
        String after = before.replace("line 3\n", "").replace("line 8\n", "line eight\n");

        assertThat(UnifiedDiff.of("f", Optional.of(before), after)).startsWith("--- f\n+++ f\n@@ -1,10 +1,9 @@\n")
                .doesNotContain("@@ -8");
    }

    @Test
    void aNewFileIsDiffedAgainstDevNull() {
        assertThat(UnifiedDiff.of("f", Optional.empty(), "a\nb\n")).isEqualTo("""
                --- /dev/null
                +++ f
                @@ -0,0 +1,2 @@
                +a
                +b
                """);
    }

    private static String lines(int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
    }
}
