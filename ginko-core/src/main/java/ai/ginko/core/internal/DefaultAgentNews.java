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
 */
final class DefaultAgentNews implements AgentNews {

    /** How many ready tasks the news names at most. */
    static final int READY_TASKS_SHOWN = 5;

    private final DefaultCoordinationClient client;
    private final String agentId;

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
        while (true) {
            long position = client.newsPosition(agentId);
            List<Event> events = client.eventsSince(position, CoordinationClient.MAX_LIMIT);
            if (events.isEmpty()) {
                return Optional.empty();
            }
            long through = events.getLast().sequence();
            // Composed before the position moves: a read that fails here leaves the news for the next take.
            List<NewsItem> items = items(events, touched);
            if (client.advanceNewsPosition(agentId, position, through)) {
                return items.isEmpty() ? Optional.empty()
                        : Optional.of(new News(items, position, through, NewsText.of(items, position, through)));
            }
        }
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
