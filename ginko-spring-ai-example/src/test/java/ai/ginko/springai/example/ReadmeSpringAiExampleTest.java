package ai.ginko.springai.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Spring AI" example is {@link SpringAgentApplication}'s marked region, so it always compiles. */
class ReadmeSpringAiExampleTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path EXAMPLE = Path.of("src", "main", "java", "ai", "ginko", "springai", "example",
            "SpringAgentApplication.java");

    @Test
    void theReadmeShowsTheCompiledExampleVerbatim() throws IOException {
        assertThat(readmeBlock()).isEqualTo(markedRegion());
    }

    /** The lines between the tag::spring-ai[] and end::spring-ai[] markers, without their common indentation. */
    private static List<String> markedRegion() throws IOException {
        List<String> lines = Files.readAllLines(EXAMPLE);
        List<String> region = lines.subList(indexOf(lines, "// tag::spring-ai[]") + 1,
                indexOf(lines, "// end::spring-ai[]"));
        int indent = region.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return region.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList();
    }

    /** The first java code block after the README's "## Spring AI" heading. */
    private static List<String> readmeBlock() throws IOException {
        List<String> lines = Files.readAllLines(README);
        List<String> afterHeading = lines.subList(indexOf(lines, "## Spring AI"), lines.size());
        List<String> fromCode = afterHeading.subList(indexOf(afterHeading, "```java") + 1, afterHeading.size());
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
