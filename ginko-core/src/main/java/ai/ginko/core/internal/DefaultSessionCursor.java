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
 * Tracks a session's position locally and, in real-time mode, writes it after every significant action.
 *
 * <p>A failed real-time write is logged, not thrown: the action it follows (a logged event, a claim) has already
 * committed, and throwing would invite the caller to repeat it. The position is written again with the next
 * action or the handoff, which does throw, since writing is its whole purpose.
 */
final class DefaultSessionCursor implements SessionCursor {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultSessionCursor.class);

    private final CoordinationStore store;
    private final Scope scope;
    private final boolean realtime;
    private final Runnable ensureOpen;
    private CursorPosition current;

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
        return advance(current.currentTask(), Math.max(sequence, current.lastSequence()), "seen " + sequence);
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

    synchronized void logged(Event event) {
        advance(current.currentTask(), Math.max(event.sequence(), current.lastSequence()),
                "logged " + event.category().wireName());
    }

    synchronized void claimed(String taskId) {
        advance(Optional.of(taskId), current.lastSequence(), "claimed " + taskId);
    }

    synchronized void finished(String taskId, String verb) {
        Optional<String> task = current.currentTask().filter(t -> !t.equals(taskId));
        advance(task, current.lastSequence(), verb + " " + taskId);
    }

    private CursorPosition advance(Optional<String> task, long sequence, String action) {
        CursorDraft draft = new CursorDraft(current.ownerId(), task, sequence, action, Optional.empty());
        current = new CursorPosition(draft.ownerId(), task, sequence, action, Instant.now(), Optional.empty());
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
}
