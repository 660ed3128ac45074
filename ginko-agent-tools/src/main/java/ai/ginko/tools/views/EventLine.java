package ai.ginko.tools.views;

import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * One event on one line: {@code #12  2025-11-25T13:44:02Z  agent_3f9a1c2b7d4e  blocker  API rate limit}. The
 * category column is as wide as the longest category, so that descriptions line up; line breaks in a description
 * become spaces, so that each event stays one line.
 */
public final class EventLine {

    private static final int CATEGORY_WIDTH = Arrays.stream(EventCategory.values())
            .mapToInt(category -> category.wireName().length()).max().orElseThrow();

    private EventLine() {
    }

    public static String format(Event event) {
        return "#" + event.sequence()
                + "  " + event.timestamp().truncatedTo(ChronoUnit.SECONDS)
                + "  " + event.agentId().orElse(event.userId())
                + "  " + pad(event.category().wireName())
                + "  " + event.description().replaceAll("\\R", " ");
    }

    private static String pad(String text) {
        return text + " ".repeat(CATEGORY_WIDTH - text.length());
    }
}
