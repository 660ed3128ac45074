package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.util.Locale;
import java.util.Optional;

/**
 * One item of an agent's {@link News}.
 *
 * @param kind  what the item is about
 * @param line  the item as one factual line of text (no line breaks)
 * @param event the event it reports; absent for a task that became ready
 */
public record NewsItem(Kind kind, String line, Optional<Event> event) {

    public NewsItem {
        Checks.notNull(kind, "kind");
        Checks.text(line, "line", Checks.MAX_TEXT_BYTES);
        if (line.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("line must be one line, was " + line.lines().count() + " lines");
        }
        Checks.notNull(event, "event");
        if (event.isPresent() == (kind == Kind.READY_TASK)) {
            throw new IllegalArgumentException("event must be present exactly when kind is not ready_task, "
                    + "was " + (event.isPresent() ? "present" : "absent") + " for " + kind.wireName());
        }
    }

    /** What a news item is about. */
    public enum Kind {
        /** An event another agent (or a person) logged. */
        EVENT,
        /** A blocker that holds up a task this agent holds. */
        BLOCKER,
        /** A message addressed to this agent (by name or by broadcast). */
        MESSAGE,
        /** Another agent's reservation that overlaps one of this agent's, or covers a file it just touched. */
        RESERVATION,
        /** A task of the task graph that is ready for this agent now. */
        READY_TASK;

        /** The name in JSON and text: {@code event}, {@code blocker}, {@code message}, {@code ready_task}, …. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
