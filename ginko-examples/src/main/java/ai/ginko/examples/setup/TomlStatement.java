package ai.ginko.examples.setup;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A statement of a TOML document as {@link TomlReader} found it: a table header, or a key/value pair in the table
 * {@code table}. {@code start} and {@code end} enclose its lines (end is past its line break, or the end of the
 * text), {@code valueStart} and {@code valueEnd} its value's text. Values are {@link String}s, {@link List}s,
 * {@link java.util.Map}s (inline tables) and {@link Bare} for numbers, booleans and dates, which setup never reads.
 */
record TomlStatement(Kind kind, List<String> table, List<String> key, int line, int start, int end,
                     int valueStart, int valueEnd, @Nullable Object value) {

    enum Kind { TABLE, ARRAY_OF_TABLES, PAIR }

    /** A value that is neither a string, an array nor an inline table, kept as it was written. */
    record Bare(String text) {
    }

    TomlStatement {
        table = List.copyOf(table);
        key = List.copyOf(key);
    }

    /** Where a pair's value sits among the document's tables: its table's path and its own key. */
    List<String> path() {
        List<String> path = new ArrayList<>(table);
        path.addAll(key);
        return path;
    }

    boolean isHeader() {
        return kind != Kind.PAIR;
    }
}
