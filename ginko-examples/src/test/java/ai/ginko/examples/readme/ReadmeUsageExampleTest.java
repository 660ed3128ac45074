package ai.ginko.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Usage" example is {@link UsageExample}'s marked region, so it always compiles. */
class ReadmeUsageExampleTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path EXAMPLE = Path.of("src", "main", "java", "ai", "ginko", "examples", "readme",
            "UsageExample.java");

    @Test
    void theReadmeShowsTheCompiledUsageExampleVerbatim() throws IOException {
        assertThat(readmeUsageBlock()).isEqualTo(markedRegion());
    }

    @Test
    void theMarkedRegionIsTheWholeExample() throws IOException {
        List<String> region = markedRegion();

        assertThat(region.getFirst()).startsWith("try (CoordinationClient client = Neo4jCoordination.builder()");
        assertThat(region.getLast()).isEqualTo("}");
    }

    /** The lines between the tag::usage[] and end::usage[] markers, without their common indentation. */
    private static List<String> markedRegion() throws IOException {
        List<String> lines = Files.readAllLines(EXAMPLE);
        int start = indexOf(lines, "// tag::usage[]") + 1;
        int end = indexOf(lines, "// end::usage[]");
        List<String> region = lines.subList(start, end);
        int indent = region.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return region.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList();
    }

    /** The first java code block after the README's "## Usage" heading. */
    private static List<String> readmeUsageBlock() throws IOException {
        List<String> lines = Files.readAllLines(README);
        List<String> afterHeading = lines.subList(indexOf(lines, "## Usage"), lines.size());
        int start = indexOf(afterHeading, "```java") + 1;
        List<String> fromCode = afterHeading.subList(start, afterHeading.size());
        return fromCode.subList(0, indexOf(fromCode, "```"));
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError("no line '" + marker + "'");
    }
}
