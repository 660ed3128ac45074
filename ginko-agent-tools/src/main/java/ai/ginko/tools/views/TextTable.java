package ai.ginko.tools.views;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns rows of cells into columns two spaces apart, each as wide as its widest cell. The last column is not
 * padded, so that lines carry no trailing blanks.
 */
public final class TextTable {

    private static final String GAP = "  ";

    private TextTable() {
    }

    public static List<String> align(List<List<String>> rows) {
        int[] widths = widths(rows);
        List<String> lines = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            lines.add(line(row, widths));
        }
        return lines;
    }

    private static int[] widths(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        return widths;
    }

    private static String line(List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            line.append(cell);
            if (i < row.size() - 1) {
                line.append(" ".repeat(widths[i] - cell.length())).append(GAP);
            }
        }
        return line.toString();
    }
}
