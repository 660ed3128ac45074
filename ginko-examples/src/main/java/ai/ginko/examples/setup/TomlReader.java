package ai.ginko.examples.setup;

import ai.ginko.examples.setup.TomlStatement.Bare;
import ai.ginko.examples.setup.TomlStatement.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the statements of a TOML document, with where each one is in the text, so that {@link CodexToml} can change
 * one table's values in place and leave every other byte (comments, formatting, other tables) as it was.
 *
 * <p>It reads the structure TOML 1.0 defines (headers, dotted and quoted keys, every kind of string, arrays over
 * several lines with comments, inline tables) and refuses, with the line and column, what does not fit it: a line
 * that is neither a header nor {@code key = value}, an unterminated string or array, a table defined twice. It does
 * not check everything a full parser checks (the form of numbers and dates, keys redefined by dotted keys): those
 * values are kept as they were written, never reinterpreted, so a file setup merges into is no less valid after.
 */
final class TomlReader {

    private static final Pattern BARE_VALUE =
            Pattern.compile("true|false|[+-]?(inf|nan)|[+-]?[0-9][0-9A-Za-z_.:+ -]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Path file;
    private final String text;
    private final List<TomlStatement> statements = new ArrayList<>();
    private final Set<List<String>> tables = new HashSet<>();
    private List<String> table = List.of();
    private int pos;

    private TomlReader(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    static List<TomlStatement> read(Path file, String text) {
        return new TomlReader(file, text).document();
    }

    private List<TomlStatement> document() {
        while (pos < text.length()) {
            int start = pos;
            skipBlanks();
            if (atEnd()) {
                break;
            }
            char c = text.charAt(pos);
            if (c == '#') {
                skipComment();
            }
            if (atEnd() || isLineBreak()) {
                lineBreak();
            } else if (c == '[') {
                header(start);
            } else {
                pair(start);
            }
        }
        return statements;
    }

    private void header(int start) {
        pos++;
        boolean array = peek('[');
        if (array) {
            pos++;
        }
        List<String> path = key();
        expect(']', "']' after the table name");
        if (array) {
            expect(']', "']]' after the table name");
        }
        endOfLine();
        if (!array && !tables.add(path)) {
            throw malformed(start, "the table [" + TomlText.dottedKey(path) + "] is defined twice");
        }
        table = path;
        statements.add(new TomlStatement(array ? Kind.ARRAY_OF_TABLES : Kind.TABLE, path, List.of(),
                lineOf(start), start, pos, pos, pos, null));
    }

    private void pair(int start) {
        List<String> key = key();
        expect('=', "'=' after the key");
        skipBlanks();
        int valueStart = pos;
        Object value = value();
        int valueEnd = pos;
        endOfLine();
        statements.add(new TomlStatement(Kind.PAIR, table, key, lineOf(start), start, pos, valueStart, valueEnd,
                value));
    }

    private List<String> key() {
        List<String> key = new ArrayList<>();
        do {
            skipBlanks();
            key.add(simpleKey());
            skipBlanks();
        } while (consume('.'));
        return key;
    }

    private String simpleKey() {
        if (peek('"')) {
            return basicString();
        }
        if (peek('\'')) {
            return literalString();
        }
        int start = pos;
        while (!atEnd() && isBareKeyChar(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw malformed(pos, "expected a key");
        }
        return text.substring(start, pos);
    }

    private Object value() {
        if (text.startsWith("\"\"\"", pos)) {
            return multiLineString("\"\"\"", true);
        }
        if (text.startsWith("'''", pos)) {
            return multiLineString("'''", false);
        }
        if (peek('"')) {
            return basicString();
        }
        if (peek('\'')) {
            return literalString();
        }
        if (peek('[')) {
            return array();
        }
        if (peek('{')) {
            return inlineTable();
        }
        return bare();
    }

    private List<Object> array() {
        pos++;
        List<Object> values = new ArrayList<>();
        while (true) {
            skipSpaceCommentsAndLineBreaks();
            if (consume(']')) {
                return values;
            }
            values.add(value());
            skipSpaceCommentsAndLineBreaks();
            if (consume(']')) {
                return values;
            }
            expect(',', "',' or ']' in the array");
        }
    }

    private Map<String, Object> inlineTable() {
        pos++;
        Map<String, Object> values = new LinkedHashMap<>();
        skipBlanks();
        if (consume('}')) {
            return values;
        }
        while (true) {
            List<String> key = key();
            expect('=', "'=' after the key");
            skipBlanks();
            put(values, key, value());
            skipBlanks();
            if (consume('}')) {
                return values;
            }
            expect(',', "',' or '}' in the inline table (it must be on one line)");
        }
    }

    @SuppressWarnings("unchecked") // the nested maps are the ones this method puts
    private static void put(Map<String, Object> table, List<String> key, Object value) {
        Map<String, Object> target = table;
        for (String part : key.subList(0, key.size() - 1)) {
            Object nested = target.computeIfAbsent(part, k -> new LinkedHashMap<String, Object>());
            if (!(nested instanceof Map<?, ?>)) {
                return;
            }
            target = (Map<String, Object>) nested;
        }
        target.put(key.getLast(), value);
    }

    private Bare bare() {
        int start = pos;
        while (!atEnd() && " \t\r\n,]}#".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        // A date and a time may be separated by a space: 1979-05-27 07:32:00Z.
        if (DATE.matcher(text.substring(start, pos)).matches() && text.startsWith(" ", pos)
                && pos + 3 < text.length() && Character.isDigit(text.charAt(pos + 1))
                && Character.isDigit(text.charAt(pos + 2)) && text.charAt(pos + 3) == ':') {
            pos++;
            while (!atEnd() && " \t\r\n,]}#".indexOf(text.charAt(pos)) < 0) {
                pos++;
            }
        }
        String token = text.substring(start, pos);
        if (!BARE_VALUE.matcher(token).matches()) {
            throw malformed(start, "expected a value (a string, number, boolean, date, array or inline table)");
        }
        return new Bare(token);
    }

    private String basicString() {
        int start = pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (atEnd() || isLineBreak()) {
                throw malformed(start, "the string is not terminated on its line");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                escape(out);
            } else {
                out.append(c);
            }
        }
    }

    private String literalString() {
        int start = pos++;
        int close = pos;
        while (close < text.length() && text.charAt(close) != '\'' && text.charAt(close) != '\n') {
            close++;
        }
        if (close == text.length() || text.charAt(close) != '\'') {
            throw malformed(start, "the string is not terminated on its line");
        }
        String value = text.substring(pos, close);
        pos = close + 1;
        return value;
    }

    private String multiLineString(String delimiter, boolean escapes) {
        int start = pos;
        pos += 3;
        // A line break right after the opening delimiter is not part of the string.
        if (text.startsWith("\r\n", pos)) {
            pos += 2;
        } else if (peek('\n')) {
            pos++;
        }
        StringBuilder out = new StringBuilder();
        while (true) {
            if (atEnd()) {
                throw malformed(start, "the multi-line string is not terminated");
            }
            if (text.startsWith(delimiter, pos)) {
                // Up to two quotes right before the closing delimiter belong to the string.
                for (int extra = 0; extra < 2 && text.startsWith(delimiter, pos + 1); extra++) {
                    out.append(text.charAt(pos++));
                }
                pos += 3;
                return out.toString();
            }
            char c = text.charAt(pos++);
            if (escapes && c == '\\') {
                if (lineEndingBackslash()) {
                    skipSpaceAndLineBreaks();
                } else {
                    escape(out);
                }
            } else {
                out.append(c);
            }
        }
    }

    /** After a backslash in a multi-line basic string: whether only blanks follow it on its line. */
    private boolean lineEndingBackslash() {
        int at = pos;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return at < text.length() && (text.charAt(at) == '\n' || text.startsWith("\r\n", at));
    }

    private void escape(StringBuilder out) {
        if (atEnd()) {
            throw malformed(pos, "the string is not terminated");
        }
        char c = text.charAt(pos++);
        switch (c) {
            case 'b' -> out.append('\b');
            case 't' -> out.append('\t');
            case 'n' -> out.append('\n');
            case 'f' -> out.append('\f');
            case 'r' -> out.append('\r');
            case 'e' -> out.append('\u001b');
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case 'u' -> out.appendCodePoint(hex(4));
            case 'U' -> out.appendCodePoint(hex(8));
            default -> throw malformed(pos - 2, "'\\" + c + "' is not an escape TOML defines");
        }
    }

    private int hex(int digits) {
        if (pos + digits > text.length()) {
            throw malformed(pos, "expected " + digits + " hexadecimal digits");
        }
        try {
            int codePoint = Integer.parseInt(text.substring(pos, pos + digits), 16);
            if (!Character.isValidCodePoint(codePoint)) {
                throw malformed(pos, "not a Unicode code point");
            }
            pos += digits;
            return codePoint;
        } catch (NumberFormatException e) {
            throw malformed(pos, "expected " + digits + " hexadecimal digits");
        }
    }

    private void endOfLine() {
        skipBlanks();
        if (peek('#')) {
            skipComment();
        }
        if (!atEnd()) {
            if (!isLineBreak()) {
                throw malformed(pos, "expected the end of the line");
            }
            lineBreak();
        }
    }

    private void lineBreak() {
        if (atEnd()) {
            return;
        }
        if (text.startsWith("\r\n", pos)) {
            pos += 2;
        } else if (peek('\n')) {
            pos++;
        } else {
            throw malformed(pos, "expected the end of the line");
        }
    }

    private boolean isLineBreak() {
        return peek('\n') || text.startsWith("\r\n", pos);
    }

    private void skipComment() {
        while (!atEnd() && !isLineBreak()) {
            pos++;
        }
    }

    private void skipBlanks() {
        while (peek(' ') || peek('\t')) {
            pos++;
        }
    }

    private void skipSpaceAndLineBreaks() {
        while (peek(' ') || peek('\t') || isLineBreak()) {
            pos += text.startsWith("\r\n", pos) ? 2 : 1;
        }
    }

    private void skipSpaceCommentsAndLineBreaks() {
        while (true) {
            skipSpaceAndLineBreaks();
            if (!peek('#')) {
                return;
            }
            skipComment();
        }
    }

    private void expect(char c, String what) {
        skipBlanks();
        if (!consume(c)) {
            throw malformed(pos, "expected " + what);
        }
    }

    private boolean consume(char c) {
        if (peek(c)) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private static boolean isBareKeyChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    private int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private ConfigFileException malformed(int offset, String problem) {
        int column = offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
        return new ConfigFileException(file, "is not valid TOML (" + problem + ", at line " + lineOf(offset)
                + ", column " + column + ")");
    }
}
