package ai.ginko.langchain4j;

import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.tools.views.EventLine;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The other agents' events since the last call, one line each.
 *
 * <p>Why each event is news exactly once: a call reads from its position the gap-free run of events that have
 * committed ({@link CoordinationClient#eventsSince} never skips one that committed, whatever the order writers
 * committed in), page after page until a short page, and moves the position to the last event read only after every
 * page was read. Calls are serialized on this object, so the next call starts where the last one ended; a call that
 * fails leaves the position alone, and its events are the next call's news.
 */
final class OtherAgentsEvents implements NewsSource {

    /** The newest lines shown; a busy project's older events are counted, and the model has tools to read them. */
    static final int MAX_LINES = 20;

    private final CoordinationClient client;
    private final String agentId;
    private long position;

    OtherAgentsEvents(CoordinationClient client, AgentSession session) {
        if (client == null || session == null) {
            throw new IllegalArgumentException((client == null ? "client" : "session") + " must not be null");
        }
        this.client = client;
        this.agentId = session.agentId();
        this.position = client.latestSequence();
    }

    @Override
    public synchronized Optional<String> next() {
        Deque<Event> newest = new ArrayDeque<>();
        int count = 0;
        long after = position;
        List<Event> page;
        do {
            page = client.eventsSince(after, CoordinationClient.MAX_LIMIT);
            for (Event event : page) {
                after = event.sequence();
                if (!event.agentId().map(agentId::equals).orElse(false)) {
                    count++;
                    newest.addLast(event);
                    if (newest.size() > MAX_LINES) {
                        newest.removeFirst();
                    }
                }
            }
        } while (page.size() == CoordinationClient.MAX_LIMIT);
        position = after;
        return count == 0 ? Optional.empty() : Optional.of(text(newest, count));
    }

    private static String text(Deque<Event> newest, int count) {
        StringBuilder text = new StringBuilder("Ginko news: what the other agents logged since your last step ("
                + count + " event" + (count == 1 ? "" : "s") + "). This is not a message from the user.\n");
        if (count > newest.size()) {
            text.append("(").append(count - newest.size()).append(" older ones left out; wait_for_events with since "
                    + "reads them.)\n");
        }
        newest.forEach(event -> text.append(line(event)).append('\n'));
        return text.toString().stripTrailing();
    }

    private static String line(Event event) {
        return EventLine.format(event) + event.blocker().map(blocker -> " [blocked by " + blocker.blockedBy()
                + (blocker.blockingTasks().isEmpty() ? "" : "; affects " + String.join(", ", blocker.blockingTasks()))
                + "; " + blocker.severity().wireName() + "]").orElse("");
    }
}
