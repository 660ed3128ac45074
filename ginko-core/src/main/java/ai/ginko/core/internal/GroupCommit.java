package ai.ginko.core.internal;

import ai.ginko.core.CoordinationUnavailableException;
import ai.ginko.core.Event;
import ai.ginko.core.Scope;
import ai.ginko.core.spi.CoordinationStore;
import ai.ginko.core.spi.EventDraft;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Batches the concurrent appends of one client into shared write transactions (group commit).
 *
 * <p>The first caller to find no commit under way leads: it commits what is queued (itself included) as one
 * {@link CoordinationStore#append} and hands each caller its own event; callers arriving meanwhile queue up and the
 * next leader takes them all at once. A lone writer finds the queue empty and commits at once, so it pays nothing
 * for the batching; writers that arrive while a commit is landing share the next one instead of each waiting for a
 * transaction of their own.
 *
 * <p>Why this is sound: a batch is one transaction, so its events commit together or not at all, in queue order,
 * with consecutive sequences; the store's ordering argument holds for a batch as for one event. A caller never
 * returns or throws before its own event's outcome is known: a waiting caller cannot be interrupted out of the wait,
 * since its event may still commit and "a call that throws wrote nothing" must hold. When the store refuses a
 * batch because of one event (an unknown agent, a resolved blocker), nothing of it was written, and each event is
 * then appended on its own, so that every caller gets its own event or its own exception and a refused event never
 * fails the others. Events that are invalid as values never get here: {@code NewEvent} refuses them on
 * construction.
 */
final class GroupCommit {

    /** Most events per transaction: bounds the statement's size (an event may carry up to 320 KiB). */
    static final int MAX_BATCH = 64;

    private final CoordinationStore store;
    private final Scope scope;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition settled = lock.newCondition();
    private final Queue<Append> queue = new ArrayDeque<>();
    private boolean committing;

    GroupCommit(CoordinationStore store, Scope scope) {
        this.store = store;
        this.scope = scope;
    }

    /** Appends the draft, batched with whatever other appends of this client are waiting; returns it as stored. */
    Event append(EventDraft draft) {
        Append mine = new Append(draft);
        lock.lock();
        try {
            queue.add(mine);
            while (!mine.settled() && committing) {
                settled.awaitUninterruptibly();
            }
            if (mine.settled()) {
                return mine.outcome();
            }
            committing = true;
        } finally {
            lock.unlock();
        }
        try {
            while (!mine.settled()) {
                commit(nextBatch());
            }
        } finally {
            lock.lock();
            try {
                committing = false;
                settled.signalAll();
            } finally {
                lock.unlock();
            }
        }
        return mine.outcome();
    }

    /** How many appends wait for a commit (for tests that need a batch to form). */
    int queued() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The queued appends, oldest first, up to {@link #MAX_BATCH}; a batch stops before a second resolution of one
     * blocker, which the store would refuse within a batch (the later one is then judged after the earlier one
     * committed, as it would be on its own).
     */
    private List<Append> nextBatch() {
        lock.lock();
        try {
            List<Append> batch = new ArrayList<>();
            Set<String> resolved = new HashSet<>();
            while (!queue.isEmpty() && batch.size() < MAX_BATCH) {
                Optional<String> resolves = queue.peek().draft.event().resolvesEventId();
                if (resolves.isPresent() && !resolved.add(resolves.get())) {
                    break;
                }
                batch.add(queue.remove());
            }
            return batch;
        } finally {
            lock.unlock();
        }
    }

    private void commit(List<Append> batch) {
        List<EventDraft> drafts = batch.stream().map(a -> a.draft).toList();
        try {
            List<Event> events = store.append(scope, drafts);
            settle(batch, i -> batch.get(i).succeeded(events.get(i)));
        } catch (CoordinationUnavailableException e) {
            // Every caller of the batch gets an exception of its own, thrown from its own thread.
            settle(batch, i -> batch.get(i).failed(batch.size() == 1 ? e
                    : new CoordinationUnavailableException(String.valueOf(e.getMessage()), e)));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                settle(batch, i -> batch.getFirst().failed(e));
                return;
            }
            // One event was refused and nothing was written: each goes on its own, to get its own outcome.
            for (Append append : batch) {
                commit(List.of(append));
            }
        }
    }

    private void settle(List<Append> batch, IntConsumer outcome) {
        lock.lock();
        try {
            for (int i = 0; i < batch.size(); i++) {
                outcome.accept(i);
            }
            settled.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** One caller's append: its draft and, once settled, its event or its exception. Guarded by the lock. */
    private static final class Append {
        private final EventDraft draft;
        private @Nullable Event event;
        private @Nullable RuntimeException failure;

        Append(EventDraft draft) {
            this.draft = draft;
        }

        boolean settled() {
            return event != null || failure != null;
        }

        void succeeded(Event stored) {
            event = stored;
        }

        void failed(RuntimeException e) {
            failure = e;
        }

        Event outcome() {
            if (failure != null) {
                throw failure;
            }
            return Objects.requireNonNull(event, "an append is settled before its outcome is read");
        }
    }
}
