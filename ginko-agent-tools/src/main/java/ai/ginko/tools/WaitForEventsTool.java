package ai.ginko.tools;

import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.tools.views.EventLine;
import ai.ginko.tools.views.JsonViews;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@code wait_for_events}: a long-poll of the shared log. Without {@code since} it continues from the session's
 * own position ({@link EventPosition}), which starts at the newest event when the agent's
 * session had started (for {@link GinkoTools#forAgent}, when the tools were made); with
 * {@code since} it reads from there and leaves the session's position alone.
 */
final class WaitForEventsTool implements Tool {

    static final int DEFAULT_TIMEOUT_SECONDS = 10;
    private static final long MAX_TIMEOUT_SECONDS = CoordinationClient.MAX_POLL_TIMEOUT.toSeconds();
    private static final List<String> CATEGORIES =
            Arrays.stream(EventCategory.values()).map(EventCategory::wireName).toList();

    private final AgentContext context;

    WaitForEventsTool(AgentContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "wait_for_events";
    }

    @Override
    public String description() {
        return "Wait for what the other agents log: returns at once when there are new events, otherwise waits up "
                + "to timeout_seconds for one and returns an empty list if none came. Consecutive calls continue "
                + "where the last one stopped, so no event is missed or returned twice (the first call starts at "
                + "the events logged after this session's tools were made). Pass since to read from a given "
                + "sequence instead (since 0: the whole log); that does not move this session's position.";
    }

    @Override
    public ToolInput input() {
        return ToolInput.of(
                Parameter.integer("timeout_seconds", 0, MAX_TIMEOUT_SECONDS, "How long to wait when there is no new "
                        + "event (0-" + MAX_TIMEOUT_SECONDS + ", default " + DEFAULT_TIMEOUT_SECONDS + ")."),
                Parameter.listOf("categories", CATEGORIES, "Only return events of these categories (default all); "
                        + "events of other categories are passed over and not returned later either."),
                Parameter.integer("since", 0, Long.MAX_VALUE, "Read the events after this sequence number instead "
                        + "of continuing from this session's position."),
                Parameter.integer("limit", 1, CoordinationClient.MAX_LIMIT, "At most this many events (1-"
                        + CoordinationClient.MAX_LIMIT + ", default " + CoordinationClient.DEFAULT_LIMIT + ")."));
    }

    @Override
    public Map<String, Object> outputSchema() {
        return Schemas.object(Schemas.ordered(
                "events", Schemas.array(Schemas.EVENT),
                "next_since", Schemas.INTEGER));
    }

    @Override
    public boolean readOnly() {
        return true;
    }

    @Override
    public ToolResult call(Arguments arguments) throws InterruptedException {
        Duration timeout = Duration.ofSeconds(arguments.optionalLong("timeout_seconds").orElse(
                (long) DEFAULT_TIMEOUT_SECONDS));
        Instant deadline = Instant.now().plus(timeout);
        int limit = arguments.optionalLong("limit").map(Long::intValue).orElse(CoordinationClient.DEFAULT_LIMIT);
        Set<EventCategory> categories = arguments.optionalStrings("categories")
                .map(names -> names.stream().map(EventCategory::parse).collect(Collectors.toSet()))
                .orElse(Set.of());
        Predicate<Event> wanted = event -> categories.isEmpty() || categories.contains(event.category());
        Batch batch = arguments.optionalLong("since").isPresent()
                ? read(arguments.optionalLong("since").orElseThrow(), deadline, limit, wanted)
                : context.position().advance(deadline,
                        (after, until) -> markSeen(after, read(after, until, limit, wanted)));
        return new ToolResult(summary(batch), Schemas.ordered(
                "events", batch.events().stream().map(JsonViews::event).toList(),
                "next_since", batch.nextSince()));
    }

    /**
     * Polls until events that match arrive or the deadline passes. Every poll returns a gap-free run after
     * {@code after}, so continuing from its last sequence skips nothing but the events the filter passes over.
     */
    private Batch read(long after, Instant deadline, int limit, Predicate<Event> wanted) throws InterruptedException {
        long next = after;
        while (true) {
            Duration left = Duration.between(Instant.now(), deadline);
            List<Event> events = context.client().poll(next, left.isNegative() ? Duration.ZERO : left, limit);
            if (events.isEmpty()) {
                return new Batch(List.of(), next);
            }
            next = events.getLast().sequence();
            List<Event> matching = events.stream().filter(wanted).toList();
            if (!matching.isEmpty() || !left.isPositive()) {
                return new Batch(matching, next);
            }
        }
    }

    /** Shares how far this agent has read; before the position moves, so that a failure here consumes nothing. */
    private Batch markSeen(long after, Batch batch) {
        if (batch.nextSince() > after) {
            context.session().cursor().markSeen(batch.nextSince());
        }
        return batch;
    }

    private static String summary(Batch batch) {
        if (batch.events().isEmpty()) {
            return "No new events; next_since " + batch.nextSince() + ".";
        }
        return batch.events().stream().map(EventLine::format).collect(Collectors.joining("\n",
                batch.events().size() + " event" + (batch.events().size() == 1 ? "" : "s") + ":\n",
                "\nnext_since " + batch.nextSince() + "."));
    }
}
