package ai.ginko.neo4j.internal;

import ai.ginko.core.AgentDeregisteredException;
import ai.ginko.core.BlockerAlreadyResolvedException;
import ai.ginko.core.Event;
import ai.ginko.core.NewEvent;
import ai.ginko.core.Scope;
import ai.ginko.core.UnknownAgentException;
import ai.ginko.core.UnknownBlockerException;
import ai.ginko.core.spi.CursorDraft;
import ai.ginko.core.spi.EventDraft;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Events appended in one statement ({@link Cypher#APPEND_EVENTS}), with the parameters it takes, and the reason
 * when the database refuses one of them.
 */
final class EventBatch {

    private final Scope scope;
    private final List<EventDraft> drafts;
    private final List<Map<String, Object>> events;

    private EventBatch(Scope scope, List<EventDraft> drafts, List<Map<String, Object>> events) {
        this.scope = scope;
        this.drafts = drafts;
        this.events = events;
    }

    /** @param ids the events' ids, one per draft, chosen before the transaction */
    static EventBatch of(Scope scope, List<EventDraft> drafts, List<String> ids) {
        List<Map<String, Object>> events = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            events.add(parameters(ids.get(i), drafts.get(i)));
        }
        return new EventBatch(scope, drafts, events);
    }

    private static Map<String, Object> parameters(String id, EventDraft draft) {
        NewEvent event = draft.event();
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("agentId", draft.agentId().orElse(null));
        row.put("userId", draft.userId());
        row.put("category", event.category().wireName());
        row.put("description", event.description());
        row.put("impact", event.impact().orElse(null));
        row.put("metadata", MetadataJson.write(event.metadata()));
        row.put("taskId", event.taskId().orElse(null));
        row.put("resolves", event.resolvesEventId().orElse(null));
        row.put("blockedBy", event.blocker().map(b -> b.blockedBy()).orElse(null));
        row.put("blockingTasks", event.blocker().map(b -> b.blockingTasks()).orElse(null));
        row.put("severity", event.blocker().map(b -> b.severity().wireName()).orElse(null));
        row.put("cursor", draft.cursor().map(EventBatch::cursor).orElse(null));
        row.put("recipients", draft.message().map(m -> m.recipients()).orElse(null));
        row.put("broadcast", draft.message().map(m -> m.broadcast()).orElse(null));
        row.put("threadId", draft.message().map(m -> m.threadId()).orElse(null));
        row.put("importance", draft.message().map(m -> m.importance().wireName()).orElse(null));
        row.put("ackRequired", draft.message().map(m -> m.ackRequired()).orElse(null));
        row.put("body", draft.message().flatMap(m -> m.body()).orElse(null));
        return row;
    }

    private static Map<String, Object> cursor(CursorDraft cursor) {
        Map<String, Object> map = new HashMap<>();
        map.put("ownerId", cursor.ownerId());
        map.put("currentTask", cursor.currentTask().orElse(null));
        map.put("lastSequence", cursor.lastSequence());
        map.put("lastAction", cursor.lastAction());
        return map;
    }

    /**
     * Appends the batch in {@code tx} and returns the events in draft order; throws the first draft's refusal,
     * which rolls the transaction back (the statement may already have taken numbers).
     */
    List<Event> appendIn(TransactionContext tx) {
        List<String> resolves = drafts.stream().flatMap(d -> d.event().resolvesEventId().stream()).toList();
        if (new HashSet<>(resolves).size() == resolves.size()) {
            List<Event> stored = tx.run(Cypher.APPEND_EVENTS, Params.of(scope,
                            "agentIds", List.copyOf(new TreeSet<>(agentIds())), "resolves", resolves,
                            "events", events))
                    .list(r -> GraphMapper.event(r.get("e").asNode()));
            if (stored.size() == drafts.size()) {
                return stored.stream().sorted(Comparator.comparingLong(Event::sequence)).toList();
            }
        }
        throw refusal(tx);
    }

    private Set<String> agentIds() {
        Set<String> ids = new HashSet<>();
        drafts.forEach(d -> d.agentId().ifPresent(ids::add));
        return ids;
    }

    /** The refusal of the first draft that cannot be appended, checked in draft order as the in-memory store does. */
    private RuntimeException refusal(TransactionContext tx) {
        List<Record> facts = tx.run(Cypher.APPEND_REFUSAL, Params.of(scope, "events", events)).list();
        Set<String> resolvedHere = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            EventDraft draft = drafts.get(i);
            Record fact = facts.get(i);
            Optional<String> agentId = draft.agentId();
            if (agentId.isPresent() && !fact.get("agentKnown").asBoolean()) {
                return new UnknownAgentException(agentId.get(), scope);
            }
            if (agentId.isPresent() && fact.get("agentDeregistered").asBoolean()) {
                return new AgentDeregisteredException(agentId.get(), scope);
            }
            Optional<String> resolves = draft.event().resolvesEventId();
            if (resolves.isPresent() && !fact.get("blocker").asBoolean()) {
                return new UnknownBlockerException(resolves.get(), scope);
            }
            if (resolves.isPresent() && (fact.get("resolved").asBoolean() || !resolvedHere.add(resolves.get()))) {
                return new BlockerAlreadyResolvedException(resolves.get(), scope);
            }
        }
        throw new IllegalStateException("the append of " + drafts.size() + " events in " + scope
                + " wrote nothing, and no draft was refused");
    }
}
