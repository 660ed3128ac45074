package ai.ginko.examples.setup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The change of a text file as a unified diff (the format of {@code diff -u}), for {@code ginko setup --dry-run}.
 * Lines are matched by a longest common subsequence; configuration files are small, and beyond
 * {@link #MAX_CELLS} the whole file is shown as replaced rather than spending time on a minimal diff.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;
    private static final long MAX_CELLS = 4_000_000;

    private record Line(char tag, String text) {
    }

    private UnifiedDiff() {
    }

    static String of(String path, Optional<String> before, String after) {
        List<Line> script = script(lines(before.orElse("")), lines(after));
        StringBuilder out = new StringBuilder()
                .append("--- ").append(before.isPresent() ? path : "/dev/null").append('\n')
                .append("+++ ").append(path).append('\n');
        int[] oldLine = new int[script.size() + 1];
        int[] newLine = new int[script.size() + 1];
        for (int i = 0; i < script.size(); i++) {
            char tag = script.get(i).tag();
            oldLine[i + 1] = oldLine[i] + (tag == '+' ? 0 : 1);
            newLine[i + 1] = newLine[i] + (tag == '-' ? 0 : 1);
        }
        int next = 0;
        while (next < script.size()) {
            if (script.get(next).tag() == ' ') {
                next++;
                continue;
            }
            int last = lastChangeOfHunk(script, next);
            int start = Math.max(0, next - CONTEXT);
            int stop = Math.min(script.size(), last + CONTEXT + 1);
            out.append(header(oldLine, newLine, start, stop));
            for (Line line : script.subList(start, stop)) {
                out.append(line.tag()).append(line.text()).append('\n');
            }
            next = stop;
        }
        return out.toString();
    }

    /** The last change of the hunk that starts with the change at {@code first}: changes closer than two contexts join. */
    private static int lastChangeOfHunk(List<Line> script, int first) {
        int last = first;
        for (int i = first + 1; i < script.size() && i - last <= 2 * CONTEXT; i++) {
            if (script.get(i).tag() != ' ') {
                last = i;
            }
        }
        return last;
    }

    private static String header(int[] oldLine, int[] newLine, int start, int stop) {
        int oldCount = oldLine[stop] - oldLine[start];
        int newCount = newLine[stop] - newLine[start];
        // As diff -u numbers an empty range: by the line before it.
        int oldStart = oldCount == 0 ? oldLine[start] : oldLine[start] + 1;
        int newStart = newCount == 0 ? newLine[start] : newLine[start] + 1;
        return "@@ -" + oldStart + "," + oldCount + " +" + newStart + "," + newCount + " @@\n";
    }

    private static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (text.endsWith("\n")) {
            lines.removeLast();
        }
        return lines;
    }

    private static List<Line> script(List<String> a, List<String> b) {
        if ((long) a.size() * b.size() > MAX_CELLS) {
            List<Line> replaced = new ArrayList<>();
            a.forEach(line -> replaced.add(new Line('-', line)));
            b.forEach(line -> replaced.add(new Line('+', line)));
            return replaced;
        }
        // common[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> script = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                script.add(new Line(' ', a.get(i++)));
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                script.add(new Line('-', a.get(i++)));   // removals first, as diff -u shows a changed line
            } else {
                script.add(new Line('+', b.get(j++)));
            }
        }
        return script;
    }
}
