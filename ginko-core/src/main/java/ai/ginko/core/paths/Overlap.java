package ai.ginko.core.paths;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;

/**
 * Whether two patterns match a common path, decided exactly: the product of their automata with a third that
 * accepts exactly the valid paths, searched for a reachable state where all three accept.
 *
 * <p>Why it is exact. A path matches both patterns and is valid iff the three automata accept it. The product's
 * states are triples of their states; it moves from {@code (a, b, v)} to {@code (a', b', v')} on a code point
 * {@code c} iff each of the three moves so on {@code c}, that is iff the three transition labels (sets of code
 * points, kept as exact ranges over all of Unicode) share {@code c}. So a path of the product from the start to a
 * triple of accepting states spells a common valid path, and a common valid path spells such a run: the language of
 * the product is the intersection of the three languages, and it is non-empty iff an accepting triple is reachable
 * (breadth-first search over at most {@code |A| x |B| x 4} triples). Nothing is sampled and no pattern's text is
 * matched against the other's.
 *
 * <p>The validity automaton is what keeps the answer about real paths: {@code a/*} and {@code a/} both accept the
 * string {@code a/} once their wildcards match nothing, but no file is called {@code a/}; likewise {@code *} would
 * match an empty segment or {@code ..}. It accepts non-empty segments of non-control code points, none of them
 * {@code .} or {@code ..}, separated by single {@code /}: the rules of {@link RepositoryPath}.
 */
final class Overlap {

    private static final int VALID_STATES = 4;
    private static final int SEGMENT_START = 0;
    private static final int DOT = 1;
    private static final int DOT_DOT = 2;
    private static final int IN_SEGMENT = 3;
    private static final CharSet CONTROL = CharSet.range(0, 0x1F).union(CharSet.range(0x7F, 0x9F));
    private static final CharSet NAME = CharSet.NOT_SLASH.minus(CONTROL);
    private static final CharSet DOT_CHAR = CharSet.single('.');
    private static final CharSet NAME_NOT_DOT = NAME.minus(DOT_CHAR);
    private static final CharSet[][] VALID_LABELS = {
        {DOT_CHAR, NAME_NOT_DOT},
        {DOT_CHAR, NAME_NOT_DOT},
        {NAME},
        {NAME, CharSet.SLASH},
    };
    private static final int[][] VALID_TARGETS = {
        {DOT, IN_SEGMENT},
        {DOT_DOT, IN_SEGMENT},
        {IN_SEGMENT},
        {IN_SEGMENT, SEGMENT_START},
    };

    private Overlap() {
    }

    static boolean exists(Nfa a, Nfa b) {
        int bStates = b.states();
        BitSet seen = new BitSet();
        Deque<int[]> pending = new ArrayDeque<>();
        visit(new int[] {0, 0, SEGMENT_START}, bStates, seen, pending);
        while (!pending.isEmpty()) {
            int[] state = pending.poll();
            if (a.accepting(state[0]) && b.accepting(state[1]) && state[2] == IN_SEGMENT) {
                return true;
            }
            step(a, b, state, seen, pending);
        }
        return false;
    }

    private static void step(Nfa a, Nfa b, int[] state, BitSet seen, Deque<int[]> pending) {
        CharSet[] aLabels = a.labels(state[0]);
        CharSet[] bLabels = b.labels(state[1]);
        CharSet[] vLabels = VALID_LABELS[state[2]];
        for (int i = 0; i < aLabels.length; i++) {
            for (int j = 0; j < bLabels.length; j++) {
                if (!aLabels[i].meets(bLabels[j])) {
                    continue;
                }
                CharSet both = aLabels[i].intersect(bLabels[j]);
                for (int k = 0; k < vLabels.length; k++) {
                    if (both.meets(vLabels[k])) {
                        visit(new int[] {a.targets(state[0])[i], b.targets(state[1])[j], VALID_TARGETS[state[2]][k]},
                                b.states(), seen, pending);
                    }
                }
            }
        }
    }

    private static void visit(int[] state, int bStates, BitSet seen, Deque<int[]> pending) {
        int key = (state[0] * bStates + state[1]) * VALID_STATES + state[2];
        if (!seen.get(key)) {
            seen.set(key);
            pending.add(state);
        }
    }
}
