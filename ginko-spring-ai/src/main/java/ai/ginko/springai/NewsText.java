package ai.ginko.springai;

import ai.ginko.core.Blocker;
import ai.ginko.core.Event;
import java.util.List;
import java.util.StringJoiner;

/** The text of a piece of news for the model: a heading and one line per event, oldest first. */
final class NewsText {

    static final String HEADING = "News from the other agents of this project since your last step (Ginko):";

    private NewsText() {
    }

    /** The lines of the newest {@code max} events, and one line that counts the older ones left out. */
    static String of(List<Event> events, int max) {
        StringJoiner text = new StringJoiner("\n");
        text.add(HEADING);
        int leftOut = Math.max(0, events.size() - max);
        if (leftOut > 0) {
            text.add("- (" + leftOut + " earlier events left out; the event log has them)");
        }
        events.subList(leftOut, events.size()).forEach(event -> text.add(line(event)));
        return text.toString();
    }

    /** Such as {@code - #12 blocker by agent_5d1e0c2a9b7f on TASK-4: API answers 429 (blocked by quota, high)}. */
    static String line(Event event) {
        StringBuilder line = new StringBuilder("- #").append(event.sequence()).append(' ')
                .append(event.category().wireName()).append(" by ")
                .append(event.agentId().orElse(event.userId()));
        event.taskId().ifPresent(task -> line.append(" on ").append(task));
        line.append(": ").append(event.description());
        event.blocker().ifPresent(blocker -> line.append(" (").append(blockerText(blocker)).append(')'));
        event.resolvesEventId().ifPresent(id -> line.append(" (resolves ").append(id).append(')'));
        return line.toString();
    }

    private static String blockerText(Blocker blocker) {
        String text = "blocked by " + blocker.blockedBy() + ", " + blocker.severity().wireName();
        return blocker.blockingTasks().isEmpty() ? text
                : text + ", holds up " + String.join(", ", blocker.blockingTasks());
    }
}
