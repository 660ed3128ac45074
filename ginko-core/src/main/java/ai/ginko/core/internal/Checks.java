package ai.ginko.core.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks shared by the value types and the implementations, so that every entry point words its
 * {@link IllegalArgumentException} the same way: the field first, then the rule it broke.
 */
public final class Checks {

    /** Longest identifier (organization, project, agent, user, task, event id), in characters. */
    public static final int MAX_ID_LENGTH = 256;
    /** Longest description, in UTF-8 bytes (64 KiB). */
    public static final int MAX_DESCRIPTION_BYTES = 64 * 1024;
    /** Longest free text other than a description (impact, names, notes), in UTF-8 bytes. */
    public static final int MAX_TEXT_BYTES = 4 * 1024;
    /** Most entries in a list field (blocking tasks, capabilities). */
    public static final int MAX_LIST_ENTRIES = 100;

    private Checks() {
    }

    public static <T> T notNull(@Nullable T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return value;
    }

    /** An identifier: not blank, at most {@link #MAX_ID_LENGTH} characters, no control characters. */
    public static String id(String value, String field) {
        notBlank(value, field);
        if (value.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(
                    field + " must be at most " + MAX_ID_LENGTH + " characters, was " + value.length());
        }
        noControlCharacters(value, field);
        return value;
    }

    public static String text(String value, String field, int maxBytes) {
        notBlank(value, field);
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new IllegalArgumentException(
                    field + " must be at most " + maxBytes + " bytes in UTF-8, was " + bytes);
        }
        return value;
    }

    public static Optional<String> optionalText(Optional<String> value, String field, int maxBytes) {
        notNull(value, field);
        value.ifPresent(v -> text(v, field, maxBytes));
        return value;
    }

    public static Optional<String> optionalId(Optional<String> value, String field) {
        notNull(value, field);
        value.ifPresent(v -> id(v, field));
        return value;
    }

    /** An immutable copy of a list of identifiers; rejects null and blank entries and duplicates. */
    public static List<String> idList(Collection<String> values, String field) {
        notNull(values, field);
        if (values.size() > MAX_LIST_ENTRIES) {
            throw new IllegalArgumentException(
                    field + " must have at most " + MAX_LIST_ENTRIES + " entries, had " + values.size());
        }
        int index = 0;
        for (String value : values) {
            id(value, field + "[" + index++ + "]");
        }
        List<String> copy = List.copyOf(values);
        if (copy.stream().distinct().count() != copy.size()) {
            throw new IllegalArgumentException(field + " must not contain duplicates, was " + copy);
        }
        return copy;
    }

    public static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
        return value;
    }

    public static int between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    public static Duration between(Duration value, Duration min, Duration max, String field) {
        notNull(value, field);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(
                    field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    public static Duration positive(Duration value, String field) {
        notNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, was " + value);
        }
        return value;
    }

    public static Duration atMost(Duration value, Duration max, String field) {
        notNull(value, field);
        if (value.isNegative()) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value);
        }
        if (value.compareTo(max) > 0) {
            throw new IllegalArgumentException(field + " must be at most " + max + ", was " + value);
        }
        return value;
    }

    private static void notBlank(String value, String field) {
        notNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    private static void noControlCharacters(String value, String field) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException(
                        field + " must not contain control characters (found one at index " + i + ")");
            }
        }
    }
}
