package ai.ginko.core.paths;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A nondeterministic finite automaton over code points without epsilon moves: state 0 starts, each state has
 * transitions labelled by a {@link CharSet}. What a {@link PathPattern} compiles to; {@link Overlap} intersects two.
 */
final class Nfa {

    private final CharSet[][] labels;
    private final int[][] targets;
    private final boolean[] accepting;

    private Nfa(CharSet[][] labels, int[][] targets, boolean[] accepting) {
        this.labels = labels;
        this.targets = targets;
        this.accepting = accepting;
    }

    int states() {
        return accepting.length;
    }

    CharSet[] labels(int state) {
        return labels[state];
    }

    int[] targets(int state) {
        return targets[state];
    }

    boolean accepting(int state) {
        return accepting[state];
    }

    /** Whether the automaton accepts {@code text}: the set of live states, moved one code point at a time. */
    boolean accepts(String text) {
        BitSet live = new BitSet(states());
        live.set(0);
        for (int i = 0; i < text.length() && !live.isEmpty(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            BitSet next = new BitSet(states());
            for (int state = live.nextSetBit(0); state >= 0; state = live.nextSetBit(state + 1)) {
                for (int t = 0; t < targets[state].length; t++) {
                    if (labels[state][t].contains(codePoint)) {
                        next.set(targets[state][t]);
                    }
                }
            }
            live = next;
        }
        for (int state = live.nextSetBit(0); state >= 0; state = live.nextSetBit(state + 1)) {
            if (accepting[state]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Builds an automaton piece by piece, left to right, with epsilon moves (each to a newer state), then removes
     * them: a state gets the transitions of every state its epsilon moves reach, and accepts when one of them is
     * the final state.
     */
    static final class Builder {

        private final List<List<CharSet>> labels = new ArrayList<>();
        private final List<List<Integer>> targets = new ArrayList<>();
        private final List<List<Integer>> epsilons = new ArrayList<>();
        private int current = newState();

        private int newState() {
            labels.add(new ArrayList<>());
            targets.add(new ArrayList<>());
            epsilons.add(new ArrayList<>());
            return labels.size() - 1;
        }

        private void edge(int from, CharSet label, int to) {
            labels.get(from).add(label);
            targets.get(from).add(to);
        }

        /** One code point of {@code set}. */
        Builder one(CharSet set) {
            int next = newState();
            edge(current, set, next);
            current = next;
            return this;
        }

        /** Any number of code points of {@code set}, none included. */
        Builder any(CharSet set) {
            int loop = newState();
            epsilons.get(current).add(loop);
            edge(loop, set, loop);
            current = loop;
            return this;
        }

        /** {@code **}{@code /}: nothing, or anything that ends with a separator (zero or more directories). */
        Builder directories() {
            int loop = newState();
            int after = newState();
            epsilons.get(current).add(loop);
            epsilons.get(current).add(after);
            edge(loop, CharSet.ALL, loop);
            edge(loop, CharSet.SLASH, after);
            current = after;
            return this;
        }

        /** A final {@code **}: one code point or more, separators included (everything below). */
        Builder everything() {
            one(CharSet.ALL);
            edge(current, CharSet.ALL, current);
            return this;
        }

        Nfa build() {
            int count = labels.size();
            CharSet[][] finalLabels = new CharSet[count][];
            int[][] finalTargets = new int[count][];
            boolean[] accepting = new boolean[count];
            for (int state = 0; state < count; state++) {
                List<CharSet> stateLabels = new ArrayList<>();
                List<Integer> stateTargets = new ArrayList<>();
                BitSet closure = closure(state);
                for (int reached = closure.nextSetBit(0); reached >= 0; reached = closure.nextSetBit(reached + 1)) {
                    stateLabels.addAll(labels.get(reached));
                    stateTargets.addAll(targets.get(reached));
                    accepting[state] |= reached == current;
                }
                finalLabels[state] = stateLabels.toArray(CharSet[]::new);
                finalTargets[state] = stateTargets.stream().mapToInt(Integer::intValue).toArray();
            }
            return new Nfa(finalLabels, finalTargets, accepting);
        }

        private BitSet closure(int state) {
            BitSet closure = new BitSet();
            List<Integer> pending = new ArrayList<>(List.of(state));
            while (!pending.isEmpty()) {
                int next = pending.removeLast();
                if (!closure.get(next)) {
                    closure.set(next);
                    pending.addAll(epsilons.get(next));
                }
            }
            return closure;
        }
    }
}
