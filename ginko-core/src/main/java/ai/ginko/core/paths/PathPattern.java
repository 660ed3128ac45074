package ai.ginko.core.paths;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A glob over the paths of a project's repository, as reservations use it. Anchored at the repository's root,
 * case-sensitive, {@code /}-separated:
 *
 * <ul>
 *   <li>{@code *} matches any run of characters within one segment (none included), {@code ?} one character, never
 *       {@code /};
 *   <li>{@code [abc]}, {@code [a-z]}, {@code [!a-z]} (or {@code [^a-z]}) one character of (not of) the class, never
 *       {@code /}; a {@code ]} first in the class is a member;
 *   <li>a segment that is exactly {@code **} matches any number of whole segments: {@code **}{@code /x} is
 *       {@code x} at any depth, {@code a/**}{@code /b} is {@code a/b}, {@code a/x/b}, …, a final {@code a/**} is
 *       everything below {@code a}; {@code **} inside a segment is a {@code *};
 *   <li>a final {@code /} means everything below the directory ({@code src/} is {@code src/**});
 *   <li>{@code \} makes the next character literal ({@code pages/\[id].tsx}).
 * </ul>
 *
 * <p>Refused, with an {@link IllegalArgumentException} naming the field: a blank text, more than
 * {@value RepositoryPath#MAX_LENGTH} characters, control characters, a leading {@code /}, an empty, {@code .} or
 * {@code ..} segment, an unbalanced {@code [}, a reversed range, a dangling {@code \}.
 *
 * <p>{@link #overlaps} decides exactly whether some valid path matches both patterns, by intersecting their
 * automata (see {@code Overlap} for the argument). Immutable and thread-safe; equal when their texts are equal.
 */
public final class PathPattern {

    /**
     * Patterns already parsed, by text: a project's reservations are read (and their patterns parsed) by every
     * reservation request and every check of paths, and are mostly the same from one read to the next. Patterns are
     * immutable, so sharing one is safe; the map is emptied when it grows past its bound rather than kept in
     * recency order, which costs one parse per pattern after a reset.
     */
    private static final Map<String, PathPattern> PARSED = new ConcurrentHashMap<>();
    private static final int MAX_PARSED = 4_096;

    private final String text;
    private final Nfa nfa;
    private final String literalPrefix;

    private PathPattern(String text, GlobParser.Parsed parsed) {
        this.text = text;
        this.nfa = parsed.nfa();
        this.literalPrefix = parsed.literalPrefix();
    }

    /** The pattern of {@code text}, checked as the field {@code pattern}. */
    public static PathPattern parse(String text) {
        return parse(text, "pattern");
    }

    /**
     * The pattern of {@code text}.
     *
     * @param field the name an error message starts with, e.g. {@code patterns[2]}
     * @throws IllegalArgumentException naming {@code field} and the rule the text breaks
     */
    public static PathPattern parse(String text, String field) {
        @Nullable PathPattern known = text == null ? null : PARSED.get(text);
        if (known != null) {
            return known;
        }
        PathPattern parsed = new PathPattern(text, GlobParser.parse(text, field));
        if (PARSED.size() >= MAX_PARSED) {
            PARSED.clear();
        }
        PARSED.put(text, parsed);
        return parsed;
    }

    /** The text the pattern was parsed from. */
    public String text() {
        return text;
    }

    /**
     * The text before the pattern's first wildcard: every path the pattern matches starts with it. A caller
     * matching many paths against many patterns can pass over a pair at once when the path does not start with it.
     */
    public String literalPrefix() {
        return literalPrefix;
    }

    /**
     * Whether the concrete path matches.
     *
     * @throws IllegalArgumentException when {@code path} is not a valid repository path (see {@link RepositoryPath})
     */
    public boolean matches(String path) {
        RepositoryPath.check(path, "path");
        return path.startsWith(literalPrefix) && nfa.accepts(path);
    }

    /**
     * Whether some valid repository path matches both this pattern and {@code other}. Symmetric. Every match of a
     * pattern starts with its literal prefix (the text before its first wildcard), so when neither prefix starts
     * the other the answer is no at once; otherwise the automata decide.
     */
    public boolean overlaps(PathPattern other) {
        boolean prefixesAgree = literalPrefix.startsWith(other.literalPrefix)
                || other.literalPrefix.startsWith(literalPrefix);
        return prefixesAgree && Overlap.exists(nfa, other.nfa);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PathPattern pattern && pattern.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
