package ai.ginko.examples.setup;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes TOML values and keys: basic strings with the escapes TOML defines, bare keys where allowed. */
final class TomlText {

    private TomlText() {
    }

    static String key(String key) {
        return key.matches("[A-Za-z0-9_-]+") ? key : string(key);
    }

    static String dottedKey(List<String> key) {
        return key.stream().map(TomlText::key).collect(Collectors.joining("."));
    }

    static String value(Object value) {
        return switch (value) {
            case String string -> string(string);
            case List<?> list -> list.stream().map(TomlText::value).collect(Collectors.joining(", ", "[", "]"));
            case Map<?, ?> table -> inlineTable(table);
            case TomlStatement.Bare bare -> bare.text();
            default -> throw new IllegalArgumentException("value must be a TOML value, was " + value.getClass());
        };
    }

    static String inlineTable(Map<?, ?> table) {
        if (table.isEmpty()) {
            return "{}";
        }
        return table.entrySet().stream()
                .map(entry -> key(entry.getKey().toString()) + " = " + value(entry.getValue()))
                .collect(Collectors.joining(", ", "{ ", " }"));
    }

    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
