package ai.ginko.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates event metadata and makes a deep, immutable copy of it in a normal form that survives a round trip
 * through JSON unchanged: integral numbers become {@code Long}, floating-point numbers {@code Double}, and the
 * only other values are {@code String}, {@code Boolean}, {@code List} and {@code Map} with string keys. Nulls are
 * refused, so that no collection the API hands out ever contains one.
 */
public final class Metadata {

    /** Largest metadata, as JSON, in UTF-8 bytes (256 KiB). */
    public static final int MAX_JSON_BYTES = 256 * 1024;
    private static final int MAX_DEPTH = 32;

    private Metadata() {
    }

    public static Map<String, Object> normalize(Map<String, ?> metadata, String field) {
        Checks.notNull(metadata, field);
        Map<String, Object> copy = copyMap(metadata, field, 0);
        long size = jsonSize(copy);
        if (size > MAX_JSON_BYTES) {
            throw new IllegalArgumentException(
                    field + " must be at most " + MAX_JSON_BYTES + " bytes as JSON, was about " + size);
        }
        return copy;
    }

    private static Object copyValue(Object value, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException(path + " nests deeper than " + MAX_DEPTH + " levels");
        }
        return switch (value) {
            case null -> throw new IllegalArgumentException(path + " must not be null");
            case String s -> s;
            case Boolean b -> b;
            case Byte n -> n.longValue();
            case Short n -> n.longValue();
            case Integer n -> n.longValue();
            case Long n -> n;
            case Float n -> finite(n.doubleValue(), path);
            case Double n -> finite(n, path);
            case Map<?, ?> map -> copyMap(map, path, depth + 1);
            case List<?> list -> copyList(list, path, depth + 1);
            default -> throw new IllegalArgumentException(path + " has unsupported type "
                    + value.getClass().getName() + "; use String, Boolean, Long, Double, List or Map");
        };
    }

    private static Map<String, Object> copyMap(Map<?, ?> map, String path, int depth) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException(path + " keys must be non-null strings, found " + entry.getKey());
            }
            copy.put(key, copyValue(entry.getValue(), path + "." + key, depth));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static List<Object> copyList(List<?> list, String path, int depth) {
        List<Object> copy = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            copy.add(copyValue(list.get(i), path + "[" + i + "]", depth));
        }
        return Collections.unmodifiableList(copy);
    }

    private static Double finite(double value, String path) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(path + " must be a finite number, was " + value);
        }
        return value;
    }

    /** The size of the value as compact JSON; exact for ASCII text, an upper bound within a few bytes otherwise. */
    private static long jsonSize(Object value) {
        return switch (value) {
            case String s -> 2 + s.getBytes(StandardCharsets.UTF_8).length + escapes(s);
            case Map<?, ?> map -> 2 + Math.max(0, map.size() - 1) + map.entrySet().stream()
                    .mapToLong(e -> jsonSize(e.getKey()) + 1 + jsonSize(e.getValue())).sum();
            case List<?> list -> 2 + Math.max(0, list.size() - 1) + list.stream().mapToLong(Metadata::jsonSize).sum();
            default -> String.valueOf(value).length();
        };
    }

    private static long escapes(String s) {
        long extra = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                extra += 1;
            } else if (c < 0x20) {
                extra += 5;
            }
        }
        return extra;
    }
}
