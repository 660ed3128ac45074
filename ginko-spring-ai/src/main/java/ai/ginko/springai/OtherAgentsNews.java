package ai.ginko.springai;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The news of one agent: the events of the project that others logged (other agents and people) since its last
 * {@link #take()}, oldest first. Its own events are left out: the model knows what it did.
 *
 * <p>Each event is told once: {@link #take()} moves a position that only it moves, under a lock, from the event log's
 * gap-free sequences (an "events after n" read never skips a committed event), so concurrent calls split the events
 * between them and none is told twice or skipped. A take that fails to read tells nothing and moves nothing.
 */
public final class OtherAgentsNews implements NewsSource {

    /** The newest events told at most per take; older ones are summed up in one line, not to flood the prompt. */
    static final int MAX_EVENTS = 50;

    private final CoordinationClient client;
    private final String agentId;
    private final ReentrantLock lock = new ReentrantLock();
    private long position;

    /**
     * News for {@code agentId} from the events after {@code afterSequence}.
     *
     * @param client        the client of the agent's scope
     * @param agentId       the agent whose own events are left out
     * @param afterSequence the last event the agent is taken to know about, usually the newest when it starts
     */
    public OtherAgentsNews(CoordinationClient client, String agentId, long afterSequence) {
        if (afterSequence < 0) {
            throw new IllegalArgumentException("afterSequence must be >= 0, was " + afterSequence);
        }
        this.client = client;
        this.agentId = agentId;
        this.position = afterSequence;
    }

    @Override
    public Optional<String> take() {
        lock.lock();
        try {
            List<Event> others = new ArrayList<>();
            long read = position;
            List<Event> page;
            do {
                page = client.eventsSince(read, CoordinationClient.MAX_LIMIT);
                for (Event event : page) {
                    read = event.sequence();
                    if (!event.agentId().map(agentId::equals).orElse(false)) {
                        others.add(event);
                    }
                }
            } while (page.size() == CoordinationClient.MAX_LIMIT);
            position = read;
            return others.isEmpty() ? Optional.empty() : Optional.of(NewsText.of(others, MAX_EVENTS));
        } finally {
            lock.unlock();
        }
    }
}
