package ai.ginko.examples.dashboard;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The latest events of one agent. The library reads an agent's events only forwards from a sequence, so this
 * looks at a window of recent sequences and widens it (four times each round) until it holds enough of the
 * agent's events or reaches the start of the log: a busy agent costs one or two reads, a quiet one a few more.
 *
 * <p>Stateless and thread-safe; blocks on the reads.
 */
final class RecentEvents {

    private static final long FIRST_WINDOW = 256;

    private RecentEvents() {
    }

    /** Up to {@code count} of the agent's events, newest first. */
    static List<Event> of(CoordinationClient client, String agentId, int count) {
        long latest = client.latestSequence();
        for (long window = FIRST_WINDOW; ; window *= 4) {
            long after = Math.max(0, latest - window);
            Deque<Event> newest = newestAfter(client, agentId, after, count);
            if (newest.size() == count || after == 0) {
                List<Event> result = new ArrayList<>(newest);
                return result.reversed();
            }
        }
    }

    /** Reads the agent's events after {@code after} page by page, keeping the newest {@code count}. */
    private static Deque<Event> newestAfter(CoordinationClient client, String agentId, long after, int count) {
        Deque<Event> newest = new ArrayDeque<>(count);
        long position = after;
        List<Event> page;
        do {
            page = client.eventsByAgent(agentId, position, CoordinationClient.MAX_LIMIT);
            for (Event event : page) {
                if (newest.size() == count) {
                    newest.removeFirst();
                }
                newest.addLast(event);
                position = event.sequence();
            }
        } while (page.size() == CoordinationClient.MAX_LIMIT);
        return newest;
    }
}
