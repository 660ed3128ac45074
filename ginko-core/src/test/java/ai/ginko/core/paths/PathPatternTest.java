package ai.ginko.core.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The named overlap cases of the README's table, what a pattern matches, and the texts it refuses. */
class PathPatternTest {

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @MethodSource("namedCases")
    void decidesTheNamedOverlapCases(String a, String b, boolean overlap) {
        assertThat(PathPattern.parse(a).overlaps(PathPattern.parse(b))).isEqualTo(overlap);
        assertThat(PathPattern.parse(b).overlaps(PathPattern.parse(a))).isEqualTo(overlap);
    }

    static Stream<Arguments> namedCases() {
        return Stream.of(
                arguments("src/api/**", "src/*/Client.java", true),
                arguments("src/", "src/main/App.java", true),
                arguments("src/**/*.java", "src/App.java", true),
                arguments("a/**/b", "a/b", true),
                arguments("src/**/test/*", "src/main/**", true),
                arguments("**", "docs/index.md", true),
                arguments("*.md", "docs/*.md", false),
                arguments("*.java", "*.kt", false),
                arguments("[a-c]*", "[!a-c]*", false),
                arguments("a/*/b", "a/b", false),
                arguments("a/*", "a/", true),
                arguments(".?", "?.", false),
                arguments(".*", "*.", true),
                arguments("pages/[id].tsx", "pages/i.tsx", true),
                arguments("pages/\\[id].tsx", "pages/i.tsx", false),
                arguments("pages/\\[id].tsx", "pages/[[]id].tsx", true),
                arguments("src/Main.java", "src/main.java", false));
    }

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
        "src/api/**, src/api/Client.java, true",
        "src/api/**, src/api, false",
        "src/api/, src/api/v1/Client.java, true",
        "src/*.java, src/main/App.java, false",
        "**/*.java, App.java, true",
        "**/*.java, src/main/App.java, true",
        "*, README.md, true",
        "*, docs/README.md, false",
        "[!.]*, .gitignore, false",
        "a?c, a/c, false",
        "\u00e9*, \u00e9t\u00e9.txt, true",
        "?.txt, \ud83d\ude00.txt, true",
    })
    void matchesConcretePaths(String pattern, String path, boolean matches) {
        assertThat(PathPattern.parse(pattern).matches(path)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/src/**|must be relative to the repository's root",
        "src/../secrets|must not have a '..' segment",
        "./src|must not have a '.' segment",
        "src//main|must not have an empty segment",
        "src/[abc|has an unbalanced '['",
        "src/[a/b]|has an unbalanced '['",
        "src/[z-a]|has a reversed range z-a",
        "src\\|must not end a segment with an escaping",
    })
    void refusesABadPatternNamingTheFieldAndTheRule(String text, String rule) {
        assertThatThrownBy(() -> PathPattern.parse(text, "patterns[3]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("patterns[3] " + rule);
    }

    @Test
    void refusesABlankALongOrAControlText() {
        assertThatThrownBy(() -> PathPattern.parse(" ")).hasMessage("pattern must not be blank");
        assertThatThrownBy(() -> PathPattern.parse("a".repeat(1025)))
                .hasMessage("pattern must be at most 1024 characters, was 1025");
        assertThatThrownBy(() -> PathPattern.parse("a\tb")).hasMessageStartingWith("pattern must not contain control");
    }

    @Test
    void aPathToMatchMustBeAValidRepositoryPath() {
        PathPattern pattern = PathPattern.parse("**");
        assertThatThrownBy(() -> pattern.matches("/etc/passwd")).hasMessageStartingWith("path must be relative");
        assertThatThrownBy(() -> pattern.matches("src/")).hasMessageStartingWith("path must name a file");
        assertThatThrownBy(() -> pattern.matches("a/../b")).hasMessageStartingWith("path must not have a '..'");
    }

    @Test
    void patternsAreEqualWhenTheirTextsAre() {
        assertThat(PathPattern.parse("src/**")).isEqualTo(PathPattern.parse("src/**"))
                .hasSameHashCodeAs(PathPattern.parse("src/**")).hasToString("src/**")
                .isNotEqualTo(PathPattern.parse("src/"));
    }

    @Test
    void theLiteralPrefixIsTheTextBeforeTheFirstWildcard() {
        assertThat(PathPattern.parse("src/api/*.java").literalPrefix()).isEqualTo("src/api/");
        assertThat(PathPattern.parse("src/Main.java").literalPrefix()).isEqualTo("src/Main.java");
        assertThat(PathPattern.parse("**/x").literalPrefix()).isEmpty();
    }

    @Test
    void aTextParsedAgainGivesTheSamePatternAndABadOneIsRefusedEveryTime() {
        assertThat(PathPattern.parse("cached/**")).isSameAs(PathPattern.parse("cached/**"));
        assertThatThrownBy(() -> PathPattern.parse("a//b", "patterns[0]")).hasMessageStartingWith("patterns[0]");
        assertThatThrownBy(() -> PathPattern.parse("a//b", "patterns[1]")).hasMessageStartingWith("patterns[1]");
    }
}
