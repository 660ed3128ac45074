package ai.ginko.examples.dashboard;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.EventFilter;
import ai.ginko.core.Scope;
import ai.ginko.tools.views.JsonViews;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@code GET /api/v1/events/stream?project=P&since=N&timeout=S&limit=L&categories=a,b&agent_id=X}: long-poll.
 *
 * <p>Answers at once with up to {@code limit} matching events after {@code since} (default: the latest sequence,
 * i.e. wait for new events); otherwise waits up to {@code timeout} seconds for one and answers
 * {@code {"events": [], ...}} when none came. Events that do not match the filters are skipped over while
 * waiting. {@code lastEventId} is the sequence of the last event looked at (or {@code since}): the next call
 * passes it as {@code since} and neither misses nor repeats an event. {@code hasMore} says that more events
 * follow it, so the caller can ask again at once.
 *
 * <p>Thread-safe; blocks the request's virtual thread for up to the timeout.
 */
final class EventStreamHandler implements JsonEndpoint {

    static final int DEFAULT_TIMEOUT_SECONDS = 30;
    static final int MAX_TIMEOUT_SECONDS = 60;
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 200;

    private final ClientsByProject clients;

    EventStreamHandler(ClientsByProject clients) {
        this.clients = clients;
    }

    @Override
    public Object respond(ApiRequest request) throws InterruptedException {
        QueryParams params = request.params();
        Scope scope = request.projectScope();
        OptionalLong since = params.optionalSequence("since");
        int timeout = params.intBetween("timeout", DEFAULT_TIMEOUT_SECONDS, 1, MAX_TIMEOUT_SECONDS);
        int limit = params.intBetween("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        EventFilter filter = filter(params);
        long deadline = System.nanoTime() + Duration.ofSeconds(timeout).toNanos();
        try (ClientsByProject.Lease lease = clients.lease(scope)) {
            // Without since, the start is the store's newest event (one read), as exact as before the tail.
            return await(lease.tail(), since.orElseGet(lease.client()::latestSequence), deadline, filter, limit);
        }
    }

    private static EventFilter filter(QueryParams params) {
        EventFilter filter = EventFilter.all().withCategories(categories(params));
        return params.optionalId("agent_id").map(id -> filter.withAgents(Set.of(id))).orElse(filter);
    }

    private static Set<EventCategory> categories(QueryParams params) {
        Set<EventCategory> categories = EnumSet.noneOf(EventCategory.class);
        for (String name : params.raw("categories").map(v -> v.split(",")).orElse(new String[0])) {
            if (!name.isBlank()) {
                categories.add(category(name));
            }
        }
        return categories;
    }

    private static EventCategory category(String name) {
        try {
            return EventCategory.parse(name);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("categories", "categories names an unknown category '"
                    + name.strip() + "'; valid values: " + EventCategory.validValues());
        }
    }

    /**
     * Reads the project's tail (see {@link EventTail}: no store read of its own unless {@code since} is older than
     * the tail) in slices of at most the library's longest poll until a matching event or the deadline.
     */
    private static Map<String, Object> await(EventTail tail, long since, long deadline,
            EventFilter filter, int limit) throws InterruptedException {
        int scanSize = filter.equals(EventFilter.all()) ? limit : CoordinationClient.MAX_LIMIT;
        long cursor = since;
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            Duration wait = Duration.ofNanos(Math.min(left, CoordinationClient.MAX_POLL_TIMEOUT.toNanos()));
            List<Event> batch = tail.poll(cursor, wait, scanSize);
            List<Event> matched = batch.stream().filter(filter).limit(limit).toList();
            // The scan stops at the limit-th match: events after it are for the next call.
            cursor = matched.size() == limit ? matched.getLast().sequence()
                    : batch.isEmpty() ? cursor : batch.getLast().sequence();
            if (!matched.isEmpty()) {
                return page(matched, hasMore(tail, batch, scanSize, cursor), cursor);
            }
        }
        return page(List.of(), false, cursor);
    }

    /** Whether events follow the cursor: unscanned ones in this batch, or past a full batch. */
    private static boolean hasMore(EventTail tail, List<Event> batch, int scanSize, long cursor) {
        return cursor < batch.getLast().sequence() || (batch.size() == scanSize && tail.newest() > cursor);
    }

    private static Map<String, Object> page(List<Event> events, boolean hasMore, long lastEventId) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("events", events.stream().map(JsonViews::event).toList());
        json.put("hasMore", hasMore);
        json.put("lastEventId", lastEventId);
        return json;
    }
}
