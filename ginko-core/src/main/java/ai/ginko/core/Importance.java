package ai.ginko.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How much a {@link MessageHeader message} matters to its recipients, from least to most. */
public enum Importance {
    LOW,
    NORMAL,
    HIGH,
    URGENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The importance with this wire name, ignoring case.
     *
     * @throws IllegalArgumentException naming the valid values when there is no such importance
     */
    public static Importance parse(String value) {
        if (value != null) {
            for (Importance importance : values()) {
                if (importance.wireName().equalsIgnoreCase(value.strip())) {
                    return importance;
                }
            }
        }
        throw new IllegalArgumentException("importance must be one of " + validValues() + ", was " + value);
    }

    public static String validValues() {
        return Arrays.stream(values()).map(Importance::wireName).collect(Collectors.joining(", "));
    }
}
