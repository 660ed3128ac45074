package ai.ginko.examples.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The commands a mistyped command name may have meant. Picocli ranks candidates by the bigrams they share, which
 * misses swapped letters once a group has many commands ({@code agnet} shares one bigram with {@code agent} and one
 * with {@code setup}); an edit distance that counts a swap of neighbours as one edit does not.
 */
final class CommandSuggestions {

    /** Two edits: a swap and a missing letter, say; more suggests an unrelated word. */
    static final int MAX_DISTANCE = 2;
    static final int MAX_SUGGESTIONS = 3;

    private CommandSuggestions() {
    }

    /** The names within {@link #MAX_DISTANCE} edits of {@code typed}, closest first, at most {@link #MAX_SUGGESTIONS}. */
    static List<String> of(String typed, Collection<String> names) {
        return names.stream()
                .filter(name -> distance(typed, name) <= MAX_DISTANCE)
                .sorted(Comparator.comparingInt((String name) -> distance(typed, name)).thenComparing(name -> name))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    /** Insertions, deletions, substitutions and swaps of neighbouring letters (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
