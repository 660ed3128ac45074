package ai.ginko.core.internal;

import java.util.Comparator;

/** Orders task ids the way people number them: {@code TASK-2} before {@code TASK-10}. */
public final class TaskIds {

    /**
     * Compares runs of ASCII digits by their numeric value and everything else character by character; ids that
     * compare equal so (such as {@code T-01} and {@code T-1}) fall back to plain string order, so that the order is
     * total and consistent with {@code equals}.
     */
    public static final Comparator<String> ORDER = TaskIds::compare;

    private TaskIds() {
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
