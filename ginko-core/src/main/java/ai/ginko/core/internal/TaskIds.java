package ai.ginko.core.internal;

import java.util.Comparator;
import java.util.Locale;

/** Orders task ids the way people number them: {@code TASK-2} before {@code TASK-10}. */
public final class TaskIds {

    /**
     * Compares runs of ASCII digits by their numeric value and everything else character by character; ids that
     * compare equal so (such as {@code T-01} and {@code T-1}) fall back to plain string order, so that the order is
     * total and consistent with {@code equals}.
     */
    public static final Comparator<String> ORDER = TaskIds::compare;

    /** Sorts a key's number runs apart from its raw id: below every character an id may hold. */
    private static final char RAW_ID_FOLLOWS = '\u0001';

    private TaskIds() {
    }

    /**
     * A string whose plain character order is {@link #ORDER}, for a store that keeps its tasks in an index sorted
     * by it. Each run of digits becomes {@code '0'}, the length of its number (leading zeros stripped) in three
     * digits, then the number: a run compares with another by length, then digits, that is by value, and with any
     * other character as a digit does (no other character lies between {@code '0'} and {@code '9'}). The raw id
     * follows after a separator that sorts below every character an id may contain (ids have no control
     * characters), so that ids equal by numbers compare as {@code ORDER} breaks the tie, and a key that ends first
     * comes first, as a shorter rest does. Ids are at most 256 characters: a number's length fits in three digits.
     */
    public static String sortKey(String id) {
        StringBuilder key = new StringBuilder(id.length() + 8);
        int i = 0;
        while (i < id.length()) {
            if (isDigit(id.charAt(i))) {
                int end = digitsEnd(id, i);
                String number = stripLeadingZeros(id.substring(i, end));
                key.append('0').append(String.format(Locale.ROOT, "%03d", number.length())).append(number);
                i = end;
            } else {
                key.append(id.charAt(i++));
            }
        }
        return key.append(RAW_ID_FOLLOWS).append(id).toString();
    }

    private static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            if (isDigit(a.charAt(i)) && isDigit(b.charAt(j))) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byNumber = compareNumbers(a.substring(i, endA), b.substring(j, endB));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else {
                if (a.charAt(i) != b.charAt(j)) {
                    return Character.compare(a.charAt(i), b.charAt(j));
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        return byRest != 0 ? byRest : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Digit strings of any length, by value: no overflow for long runs. */
    private static int compareNumbers(String a, String b) {
        String x = stripLeadingZeros(a);
        String y = stripLeadingZeros(b);
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    private static String stripLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }
}
