package ai.ginko.core.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The overlap decision against brute force: random patterns over a small alphabet, and a universe of valid paths
 * over that alphabet: every path of one or two segments of one to three characters, and every path of three
 * segments of one or two characters (2,406 paths). Two patterns overlap by brute force when some path of the
 * universe matches both, each match decided by a regular expression translated from the pattern's text
 * independently of {@link PathPattern}'s automaton.
 *
 * <p>Why the universe is big enough: a generated pattern has at most two pieces, a piece being a segment of at
 * most two tokens, a {@code **} segment, or the everything-below of a final {@code /}. A common path of two such
 * patterns then exists with at most two segments (each of {@code x/**}, {@code **}{@code /y}, {@code x/y} reaches
 * its shortest matches at depth two at most, and one of them fixes the depth), and a common segment of two token
 * pairs with at most three characters (two fixed tokens; or a star in each, which needs at most one character per
 * fixed token, or three to make {@code .*} and {@code *.} agree on a name such as {@code .a.} rather than the
 * invalid {@code ..}). The three-segment paths check matching across directories.
 */
class PathPatternOverlapPropertyTest {

    private static final long[] SEEDS = {1L, 19L, 2026L};
    private static final int PATTERNS_PER_SEED = 60;
    private static final String ALPHABET = "ab.";
    private static final List<String> UNIVERSE = universe();

    private static final List<String> TEXTS = new ArrayList<>();
    private static final List<PathPattern> PATTERNS = new ArrayList<>();
    private static final List<BitSet> MATCHES = new ArrayList<>();

    @BeforeAll
    static void generatePatternsAndTheirMatches() {
        Set<String> texts = new LinkedHashSet<>();
        for (long seed : SEEDS) {
            Random random = new Random(seed);
            for (int i = 0; i < PATTERNS_PER_SEED; i++) {
                texts.add(randomPattern(random));
            }
        }
        for (String text : texts) {
            TEXTS.add(text);
            PATTERNS.add(PathPattern.parse(text));
            Pattern regex = Pattern.compile(regex(text));
            BitSet matches = new BitSet(UNIVERSE.size());
            for (int p = 0; p < UNIVERSE.size(); p++) {
                matches.set(p, regex.matcher(UNIVERSE.get(p)).matches());
            }
            MATCHES.add(matches);
        }
    }

    @Test
    void aPatternMatchesExactlyThePathsItsRegularExpressionMatches() {
        for (int i = 0; i < PATTERNS.size(); i++) {
            for (int p = 0; p < UNIVERSE.size(); p++) {
                assertThat(PATTERNS.get(i).matches(UNIVERSE.get(p)))
                        .as("%s matches %s", TEXTS.get(i), UNIVERSE.get(p)).isEqualTo(MATCHES.get(i).get(p));
            }
        }
    }

    @Test
    void twoPatternsOverlapExactlyWhenSomePathOfTheUniverseMatchesBoth() {
        int overlapping = 0;
        for (int i = 0; i < PATTERNS.size(); i++) {
            for (int j = i; j < PATTERNS.size(); j++) {
                boolean bruteForce = MATCHES.get(i).intersects(MATCHES.get(j));
                assertThat(PATTERNS.get(i).overlaps(PATTERNS.get(j)))
                        .as("%s overlaps %s", TEXTS.get(i), TEXTS.get(j)).isEqualTo(bruteForce);
                assertThat(PATTERNS.get(j).overlaps(PATTERNS.get(i))).isEqualTo(bruteForce);
                overlapping += bruteForce ? 1 : 0;
            }
        }
        int pairs = PATTERNS.size() * (PATTERNS.size() + 1) / 2;
        assertThat(overlapping).as("overlapping pairs of %d", pairs).isBetween(pairs / 20, pairs - pairs / 20);
    }

    /** One or two pieces: segments, each {@code **} or one or two tokens, or one segment and a final {@code /}. */
    private static String randomPattern(Random random) {
        StringBuilder text = new StringBuilder();
        int segments = 1 + random.nextInt(2);
        for (int s = 0; s < segments; s++) {
            if (s > 0) {
                text.append('/');
            }
            if (random.nextInt(5) == 0) {
                text.append("**");
                continue;
            }
            String segment;
            do {
                StringBuilder tokens = new StringBuilder();
                int count = 1 + random.nextInt(2);
                for (int t = 0; t < count; t++) {
                    tokens.append(randomToken(random));
                }
                segment = tokens.toString();
            } while (segment.equals(".") || segment.equals("..") || segment.equals("**"));
            text.append(segment);
        }
        if (segments == 1 && random.nextInt(4) == 0) {
            text.append('/');
        }
        return text.toString();
    }

    private static String randomToken(Random random) {
        return switch (random.nextInt(9)) {
            case 0, 1 -> String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            case 2 -> "?";
            case 3, 4 -> "*";
            case 5 -> "[ab]";
            case 6 -> "[!a]";
            case 7 -> "[a-b]";
            default -> "[.a]";
        };
    }

    /** The oracle: the glob's meaning written as a regular expression, token by token. */
    private static String regex(String glob) {
        boolean directory = glob.endsWith("/");
        String[] segments = (directory ? glob.substring(0, glob.length() - 1) : glob).split("/", -1);
        StringBuilder regex = new StringBuilder();
        for (int s = 0; s < segments.length; s++) {
            boolean last = s == segments.length - 1;
            if (segments[s].equals("**")) {
                regex.append(last ? ".+" : "(?:.*/)?");
                continue;
            }
            regex.append(segmentRegex(segments[s]));
            if (!last) {
                regex.append('/');
            }
        }
        if (directory && !segments[segments.length - 1].equals("**")) {
            regex.append("/.+");
        }
        return regex.toString();
    }

    private static String segmentRegex(String segment) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '[') {
                int end = segment.indexOf(']', i + 2);
                String members = segment.substring(i + 1, end);
                regex.append(members.startsWith("!") ? "[^/" + members.substring(1) + "]" : "[" + members + "]");
                i = end;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    /** Valid paths: one or two segments of one to three characters, three segments of one or two. */
    private static List<String> universe() {
        List<String> longSegments = segments(3);
        List<String> shortSegments = segments(2);
        List<String> paths = new ArrayList<>(longSegments);
        for (String first : longSegments) {
            for (String second : longSegments) {
                paths.add(first + "/" + second);
            }
        }
        for (String first : shortSegments) {
            for (String second : shortSegments) {
                for (String third : shortSegments) {
                    paths.add(first + "/" + second + "/" + third);
                }
            }
        }
        return paths;
    }

    private static List<String> segments(int maxLength) {
        List<String> segments = new ArrayList<>();
        for (int length = 1; length <= maxLength; length++) {
            addStrings("", length, segments);
        }
        segments.removeIf(s -> s.equals(".") || s.equals(".."));
        return segments;
    }

    private static void addStrings(String prefix, int length, List<String> into) {
        if (length == 0) {
            into.add(prefix);
            return;
        }
        for (int i = 0; i < ALPHABET.length(); i++) {
            addStrings(prefix + ALPHABET.charAt(i), length - 1, into);
        }
    }
}
