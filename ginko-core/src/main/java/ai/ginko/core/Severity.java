package ai.ginko.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How badly a {@link Blocker} holds work up, from least to most severe. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The severity with this wire name, ignoring case.
     *
     * @throws IllegalArgumentException naming the valid values when there is no such severity
     */
    public static Severity parse(String value) {
        if (value != null) {
            for (Severity severity : values()) {
                if (severity.wireName().equalsIgnoreCase(value.strip())) {
                    return severity;
                }
            }
        }
        throw new IllegalArgumentException("severity must be one of " + validValues() + ", was " + value);
    }

    public static String validValues() {
        return Arrays.stream(values()).map(Severity::wireName).collect(Collectors.joining(", "));
    }
}
