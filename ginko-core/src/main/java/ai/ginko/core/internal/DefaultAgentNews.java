package ai.ginko.core.internal;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentNews;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.News;
import ai.ginko.core.NewsItem;
import ai.ginko.core.Reservation;
import ai.ginko.core.TaskClaim;
import ai.ginko.core.TaskFilter;
import ai.ginko.core.TaskState;
import ai.ginko.core.TaskView;
import ai.ginko.core.paths.PathPattern;
import ai.ginko.core.paths.RepositoryPath;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The news of one agent, read from the client and marked shown with a compare-and-set of the agent's news position
 * in the store.
 *
 * <p>Why each event is shown once and none is skipped: a take reads the gap-free run of events after the position
 * {@code p} it read (every event up to its last, {@code q}, has committed), composes the news from them, and then
 * moves the position from {@code p} to {@code q} only if it is still {@code p} ({@link
 * ai.ginko.core.spi.CoordinationStore#advanceNewsPosition}, atomic in the store). So the ranges {@code (p, q]} of
 * the takes that return news are contiguous and disjoint: each starts exactly where the previous successful one
 * ended. A take that loses the compare-and-set returns nothing of what it read (another take has those events)
 * and starts again from the position it now finds. Once the position has moved, the news belongs to the caller
 * that moved it: a caller that then fails to pass it on loses it (at most once, never twice).
 *
 * <p>Why a take may start from the position this object last saw instead of reading it (one query instead of two
 * when there is no news, which is what a hook around every tool call usually finds): the stored position only moves
 * forward (registering keeps it, the compare-and-set sets it past {@code expected}), so the stored position is at
 * least the one last seen. No event after the one last seen means no event after the stored one: "no news" is
 * exact. When there are events after it, they may have been shown since by another process of the agent (its hook,
 * its MCP server), so the take reads the stored position before it composes anything, and starts from that one.
 */
final class DefaultAgentNews implements AgentNews {

    /** How many ready tasks the news names at most. */
    static final int READY_TASKS_SHOWN = 5;
    private static final long UNKNOWN = -1;

    private final DefaultCoordinationClient client;
    private final String agentId;
    /**
     * The highest stored position this object has read or set; {@link #UNKNOWN} before its first take. Never above
     * the stored one, which only moves forward.
     */
    private final AtomicLong lastSeen = new AtomicLong(UNKNOWN);

    DefaultAgentNews(DefaultCoordinationClient client, String agentId) {
        this.client = client;
        this.agentId = agentId;
    }

    @Override
    public Optional<News> take() {
        return take(List.of());
    }

    @Override
    public Optional<News> take(Collection<String> touchedPaths) {
        Checks.notNull(touchedPaths, "touchedPaths");
        if (touchedPaths.size() > CoordinationClient.MAX_HOLDER_PATHS) {
            throw new IllegalArgumentException("touchedPaths must hold at most "
                    + CoordinationClient.MAX_HOLDER_PATHS + " paths, was " + touchedPaths.size());
        }
        List<String> touched = touchedPaths.stream().map(path -> RepositoryPath.check(path, "touchedPaths")).toList();
        long seen = lastSeen.get();
        boolean stored = seen == UNKNOWN;
        long position = stored ? storedPosition() : seen;
        while (true) {
            List<Event> events = client.eventsSince(position, CoordinationClient.MAX_LIMIT);
            if (events.isEmpty()) {
                return Optional.empty();
            }
            if (!stored) {
                // Events after the position last seen: another process may have shown them since (see above).
                stored = true;
                long now = storedPosition();
                if (now != position) {
                    position = now;
                    continue;
                }
            }
            long through = events.getLast().sequence();
            // Composed before the position moves: a read that fails here leaves the news for the next take.
            List<NewsItem> items = items(events, touched);
            if (client.advanceNewsPosition(agentId, position, through)) {
                lastSeen.accumulateAndGet(through, Math::max);
                return items.isEmpty() ? Optional.empty()
                        : Optional.of(new News(items, position, through, NewsText.of(items, position, through)));
            }
            position = storedPosition();
        }
    }

    private long storedPosition() {
        long position = client.newsPosition(agentId);
        lastSeen.accumulateAndGet(position, Math::max);
        return position;
    }

    private List<NewsItem> items(List<Event> events, List<String> touched) {
        List<Event> others = events.stream()
                .filter(e -> !e.agentId().filter(agentId::equals).isPresent())
                .filter(this::addressedToMeIfAMessage)
                .toList();
        boolean mayReadyWork = events.stream().anyMatch(DefaultAgentNews::mayReadyWork);
        if (others.isEmpty() && !mayReadyWork) {
            return List.of();
        }
        Map<String, AgentInfo> agents = client.agents().stream()
                .collect(Collectors.toMap(AgentInfo::id, Function.identity()));
        Set<String> held = others.stream().anyMatch(e -> e.category() == EventCategory.BLOCKER) ? heldTasks()
                : Set.of();
        List<PathPattern> mine = others.stream().anyMatch(e -> e.category() == EventCategory.RESERVATION)
                ? client.reservations().stream().filter(r -> r.agentId().equals(agentId))
                        .map(Reservation::pattern).toList()
                : List.of();
        NewsLines.Context context = new NewsLines.Context(agents, held, mine, touched);
        List<NewsItem> items = new ArrayList<>();
        for (Event event : others) {
            items.add(NewsLines.event(event, context));
        }
        if (mayReadyWork) {
            readyTasks(agents).forEach(task -> items.add(NewsLines.readyTask(task)));
        }
        return items;
    }

    /** Other agents' messages are theirs: only those delivered to this agent are its news. */
    private boolean addressedToMeIfAMessage(Event event) {
        return event.category() != EventCategory.MESSAGE
                || event.message().map(header -> header.recipients().contains(agentId)).orElse(false);
    }

    private static boolean mayReadyWork(Event event) {
        return event.category() == EventCategory.TASK
                && event.metadata().get(TaskEvents.ACTION) instanceof String action
                && TaskEvents.MAY_READY_WORK.contains(action);
    }

    private Set<String> heldTasks() {
        return client.claims().stream()
                .filter(claim -> claim.agentId().equals(agentId) && claim.state() == TaskState.CLAIMED)
                .map(TaskClaim::taskId)
                .collect(Collectors.toSet());
    }

    /** What {@code claimNext} with the agent's registered capabilities would consider, best first. */
    private List<TaskView> readyTasks(Map<String, AgentInfo> agents) {
        TaskFilter filter = Optional.ofNullable(agents.get(agentId))
                .map(me -> TaskFilter.capabilities(me.capabilities())).orElse(TaskFilter.any());
        return client.tasks().readyFor(agentId, filter, READY_TASKS_SHOWN);
    }
}
