package ai.ginko.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What kind of thing an event records. The wire name (lower case, as stored in the graph and shown by the
 * command line) is {@link #wireName()}.
 */
public enum EventCategory {
    FIX,
    FEATURE,
    DECISION,
    INSIGHT,
    GIT,
    ACHIEVEMENT,
    /** Something blocks work; the event carries a {@link Blocker}. */
    BLOCKER,
    /** Resolves an earlier {@link #BLOCKER} event, named by {@link Event#resolvesEventId()}. */
    BLOCKER_RESOLVED,
    /** A task was claimed, taken over, completed or released; the event names it in {@link Event#taskId()}. */
    TASK,
    /**
     * A message from one agent to others ({@link AgentSession#messages()}); the event carries a
     * {@link MessageHeader} and its description is the subject. Sent, never logged through an {@link EventLogger}.
     */
    MESSAGE,
    /**
     * Path reservations were granted, renewed or released; the metadata carries the {@code action}, the
     * {@code reservation_ids}, {@code patterns}, {@code exclusive}, {@code expires_at} and {@code reason}.
     */
    RESERVATION;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The category with this wire name, ignoring case.
     *
     * @throws IllegalArgumentException naming the valid values when there is no such category
     */
    public static EventCategory parse(String value) {
        if (value != null) {
            for (EventCategory category : values()) {
                if (category.wireName().equalsIgnoreCase(value.strip())) {
                    return category;
                }
            }
        }
        throw new IllegalArgumentException("category must be one of " + validValues() + ", was " + value);
    }

    public static String validValues() {
        return Arrays.stream(values()).map(EventCategory::wireName).collect(Collectors.joining(", "));
    }
}
