package ai.ginko.core.paths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A set of Unicode code points as sorted, disjoint, non-adjacent closed ranges: the label of an automaton's
 * transition. Exact over the whole code space, so the product of two automata intersects their labels without
 * sampling any alphabet.
 */
final class CharSet {

    static final int MAX = Character.MAX_CODE_POINT;
    static final CharSet EMPTY = new CharSet(new int[0]);
    static final CharSet ALL = range(0, MAX);
    static final CharSet SLASH = single('/');
    /** What a wildcard, a class or a negated class may match: anything but the separator. */
    static final CharSet NOT_SLASH = ALL.minus(SLASH);

    /** Pairs {@code lo, hi}, ascending; {@code hi < next lo - 1}. */
    private final int[] bounds;

    private CharSet(int[] bounds) {
        this.bounds = bounds;
    }

    static CharSet single(int codePoint) {
        return range(codePoint, codePoint);
    }

    static CharSet range(int lo, int hi) {
        return new CharSet(new int[] {lo, hi});
    }

    boolean isEmpty() {
        return bounds.length == 0;
    }

    boolean contains(int codePoint) {
        for (int i = 0; i < bounds.length; i += 2) {
            if (codePoint < bounds[i]) {
                return false;
            }
            if (codePoint <= bounds[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** The one code point of a singleton set, or -1. */
    int singleton() {
        return bounds.length == 2 && bounds[0] == bounds[1] ? bounds[0] : -1;
    }

    CharSet union(CharSet other) {
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            ranges.add(new int[] {bounds[i], bounds[i + 1]});
        }
        for (int i = 0; i < other.bounds.length; i += 2) {
            ranges.add(new int[] {other.bounds[i], other.bounds[i + 1]});
        }
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] merged = new int[ranges.size() * 2];
        int size = 0;
        for (int[] range : ranges) {
            if (size > 0 && range[0] <= merged[size - 1] + 1) {
                merged[size - 1] = Math.max(merged[size - 1], range[1]);
            } else {
                merged[size++] = range[0];
                merged[size++] = range[1];
            }
        }
        return new CharSet(Arrays.copyOf(merged, size));
    }

    CharSet intersect(CharSet other) {
        int[] result = new int[bounds.length + other.bounds.length];
        int size = 0;
        int i = 0;
        int j = 0;
        while (i < bounds.length && j < other.bounds.length) {
            int lo = Math.max(bounds[i], other.bounds[j]);
            int hi = Math.min(bounds[i + 1], other.bounds[j + 1]);
            if (lo <= hi) {
                result[size++] = lo;
                result[size++] = hi;
            }
            if (bounds[i + 1] < other.bounds[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return new CharSet(Arrays.copyOf(result, size));
    }

    /** Whether the two sets share a code point, without building the intersection. */
    boolean meets(CharSet other) {
        int i = 0;
        int j = 0;
        while (i < bounds.length && j < other.bounds.length) {
            if (Math.max(bounds[i], other.bounds[j]) <= Math.min(bounds[i + 1], other.bounds[j + 1])) {
                return true;
            }
            if (bounds[i + 1] < other.bounds[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return false;
    }

    CharSet complement() {
        int[] result = new int[bounds.length + 2];
        int size = 0;
        int next = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            if (bounds[i] > next) {
                result[size++] = next;
                result[size++] = bounds[i] - 1;
            }
            next = bounds[i + 1] + 1;
        }
        if (next <= MAX) {
            result[size++] = next;
            result[size++] = MAX;
        }
        return new CharSet(Arrays.copyOf(result, size));
    }

    CharSet minus(CharSet other) {
        return intersect(other.complement());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CharSet set && Arrays.equals(bounds, set.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < bounds.length; i += 2) {
            text.append(String.format("%04X", bounds[i]));
            if (bounds[i + 1] != bounds[i]) {
                text.append('-').append(String.format("%04X", bounds[i + 1]));
            }
            text.append(i + 2 < bounds.length ? " " : "");
        }
        return text.append(']').toString();
    }
}
