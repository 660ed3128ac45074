package ai.ginko.examples.dashboard;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The decoded query parameters of one request. Every getter validates its value and throws an
 * {@link ApiException} (400) that names the parameter. When a parameter is repeated, the first value counts.
 *
 * <p>Immutable and thread-safe.
 */
final class QueryParams {

    /** Longest identifier the library accepts (organization, project, agent ids). */
    private static final int MAX_ID_LENGTH = 256;

    private final Map<String, String> values;

    private QueryParams(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Parses a raw (still percent-encoded) query string; {@code null} means no parameters. */
    static QueryParams parse(@Nullable String rawQuery) {
        Map<String, String> values = new HashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&", -1)) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq), "query");
                values.putIfAbsent(name, eq < 0 ? "" : decode(pair.substring(eq + 1), name));
            }
        }
        return new QueryParams(values);
    }

    private static String decode(String raw, String parameter) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(parameter, parameter + " is not valid percent-encoding");
        }
    }

    Optional<String> raw(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** An identifier that must be present: not blank, at most 256 characters, no control characters. */
    String requiredId(String name) {
        return optionalId(name).orElseThrow(() -> ApiException.badParameter(name, name + " is required"));
    }

    /** An identifier if present (see {@link #requiredId}); a present but blank value is an error. */
    Optional<String> optionalId(String name) {
        return raw(name).map(value -> checkedId(name, value));
    }

    static String checkedId(String name, String value) {
        if (value.isBlank()) {
            throw ApiException.badParameter(name, name + " must not be blank");
        }
        if (value.length() > MAX_ID_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badParameter(name,
                    name + " must be at most " + MAX_ID_LENGTH + " characters without control characters");
        }
        return value;
    }

    /** An event sequence if present: a whole number, zero or more. */
    OptionalLong optionalSequence(String name) {
        Optional<String> value = raw(name);
        return value.isEmpty() ? OptionalLong.empty() : OptionalLong.of(sequence(name, value.get()));
    }

    /** Parses an event sequence, naming {@code name} (a parameter or header) when it is not one. */
    static long sequence(String name, String value) {
        long sequence;
        try {
            sequence = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, name + " must be a whole number (an event sequence), was '"
                    + value + "'");
        }
        if (sequence < 0) {
            throw ApiException.badParameter(name, name + " must be 0 or more, was " + sequence);
        }
        return sequence;
    }

    /** A whole number between {@code min} and {@code max}, or {@code defaultValue} when absent. */
    int intBetween(String name, int defaultValue, int min, int max) {
        Optional<String> value = raw(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        String range = name + " must be a whole number from " + min + " to " + max;
        int number;
        try {
            number = Integer.parseInt(value.get().strip());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, range + ", was '" + value.get() + "'");
        }
        if (number < min || number > max) {
            throw ApiException.badParameter(name, range + ", was " + number);
        }
        return number;
    }
}
