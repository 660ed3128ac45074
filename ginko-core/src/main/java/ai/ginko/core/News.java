package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.util.List;

/**
 * What an agent had not been shown yet, from {@link AgentNews#take()}: the items, oldest first, and the same as
 * compact factual lines for a language model to read.
 *
 * @param items           at least one, oldest first
 * @param afterSequence   the agent's news position before this news: it covers the events after it
 * @param throughSequence the newest event it covers; the agent's news position now
 * @param text            a header and one line per item, at most {@link #MAX_TEXT_LENGTH} characters: when the
 *                        lines do not fit, the last line says how many more items there are
 */
public record News(List<NewsItem> items, long afterSequence, long throughSequence, String text) {

    /** The longest text, in characters: what Claude Code puts into a model's context from one hook. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    public News {
        items = List.copyOf(Checks.notNull(items, "items"));
        if (items.isEmpty()) {
            throw new IllegalArgumentException("items must not be empty: no news is no News");
        }
        Checks.nonNegative(afterSequence, "afterSequence");
        if (throughSequence <= afterSequence) {
            throw new IllegalArgumentException("throughSequence must be greater than afterSequence ("
                    + afterSequence + "), was " + throughSequence);
        }
        Checks.notNull(text, "text");
        if (text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("text must be 1 to " + MAX_TEXT_LENGTH
                    + " characters and not blank, was " + text.length() + " characters");
        }
    }
}
