package ai.ginko.core.internal;

import ai.ginko.core.CursorPosition;
import ai.ginko.core.Event;
import ai.ginko.core.Scope;
import ai.ginko.core.SessionCursor;
import ai.ginko.core.spi.CoordinationStore;
import ai.ginko.core.spi.CursorDraft;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks a session's position locally and, in real-time mode, has it written with every significant action.
 *
 * <p>An action that logs an event (a logged event, a claim, a completion, a release) hands the store the position
 * it leads to ({@link #draft}) and the store writes it in the event's own transaction: one commit per action, and
 * the position's last sequence includes the action's own event. {@link #committed} then moves the local position
 * the same way the store did.
 *
 * <p>{@link #markSeen} writes on its own. A failed real-time write there is logged, not thrown: the position is
 * written again with the next action or the handoff, which does throw, since writing is its whole purpose.
 */
final class DefaultSessionCursor implements SessionCursor {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultSessionCursor.class);

    private final CoordinationStore store;
    private final Scope scope;
    private final boolean realtime;
    private final Runnable ensureOpen;
    private CursorPosition current;
    /** The newest event applied, so that actions returning out of order never move the position back. */
    private long lastEventSequence;

    /** @param ensureOpen throws {@link IllegalStateException} once the owning client is closed */
    DefaultSessionCursor(CoordinationStore store, Scope scope, String ownerId, boolean realtime, Runnable ensureOpen) {
        this.store = store;
        this.scope = scope;
        this.realtime = realtime;
        this.ensureOpen = ensureOpen;
        this.current = store.cursor(scope, ownerId).orElseGet(() -> new CursorPosition(
                ownerId, Optional.empty(), 0, "started", Instant.now(), Optional.empty()));
    }

    @Override
    public synchronized CursorPosition current() {
        return current;
    }

    @Override
    public synchronized CursorPosition markSeen(long sequence) {
        ensureOpen.run();
        Checks.nonNegative(sequence, "sequence");
        CursorDraft draft = CursorDraft.of(current.ownerId(), current.currentTask(),
                Math.max(sequence, current.lastSequence()), "seen " + sequence);
        current = new CursorPosition(draft.ownerId(), draft.currentTask(), draft.lastSequence(), draft.lastAction(),
                Instant.now(), Optional.empty());
        if (realtime) {
            try {
                current = store.writeCursor(scope, draft);
            } catch (RuntimeException e) {
                LOG.warn("Could not write the cursor of {} in {}; it is written again with the next action: {}",
                        current.ownerId(), scope, e.toString());
            }
        }
        return current;
    }

    @Override
    public synchronized CursorPosition handoff(String note) {
        ensureOpen.run();
        Checks.text(note, "note", Checks.MAX_DESCRIPTION_BYTES);
        current = store.writeCursor(scope, new CursorDraft(current.ownerId(), current.currentTask(),
                current.lastSequence(), "handoff", Optional.of(note)));
        return current;
    }

    @Override
    public boolean realtime() {
        return realtime;
    }

    /** The position after logging an event of this category, keeping the current task. */
    synchronized CursorDraft loggedDraft(String category) {
        return draft(current.currentTask(), "logged " + category);
    }

    /** The position after claiming (or taking over) a task: it becomes the current task. */
    synchronized CursorDraft claimedDraft(String taskId) {
        return draft(Optional.of(taskId), "claimed " + taskId);
    }

    /** The position after completing or releasing a task: it stops being the current task. */
    synchronized CursorDraft finishedDraft(String taskId, String verb) {
        return draft(current.currentTask().filter(t -> !t.equals(taskId)), verb + " " + taskId);
    }

    private CursorDraft draft(Optional<String> task, String action) {
        return CursorDraft.of(current.ownerId(), task, current.lastSequence(), action);
    }

    /** What the store is to write with the action's event: the draft in real-time mode, nothing otherwise. */
    Optional<CursorDraft> toWrite(CursorDraft draft) {
        return realtime ? Optional.of(draft) : Optional.empty();
    }

    /** The action's event committed: the position moves as the store moved it (or would have, in real time). */
    synchronized void committed(CursorDraft draft, Event event) {
        if (event.sequence() > lastEventSequence) {
            lastEventSequence = event.sequence();
            current = draft.withEvent(event, Optional.of(current));
        }
    }
}
