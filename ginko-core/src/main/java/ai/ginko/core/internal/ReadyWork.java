package ai.ginko.core.internal;

import ai.ginko.core.ClaimedTask;
import ai.ginko.core.ClientSettings;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.Scope;
import ai.ginko.core.TaskFilter;
import ai.ginko.core.TaskView;
import ai.ginko.core.spi.CoordinationStore;
import ai.ginko.core.spi.StoredTask;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;

/**
 * One per client: claims the next ready task for its agent sessions, at once or waiting for work.
 *
 * <p><b>Claiming at once</b> reads the ready candidates and claims the best one through
 * {@link CoordinationStore#claimIfReady}, which checks readiness again under the task's lock; a candidate lost to
 * another claimer (or no longer ready) is passed over for the next, and when a read's candidates are all gone the
 * candidates are read again, without the ones already tried. Concurrent claimers are spread over the ready tasks
 * (see {@link #ordered}) rather than all queueing for the lock of the best one. So every task a caller gets was
 * ready under its lock, and the claim path makes it exactly-once.
 *
 * <p><b>Waiting</b> costs no query per waiter: the client's {@link EventPoller} hands every batch of events to
 * this sink, and a TASK event that may have readied work (see {@link TaskEvents#MAY_READY_WORK}) makes one
 * shared check, on this object's own virtual thread: a seek of the claimable tasks for each waiting session,
 * longest waiting first, each handed a different task that its filter accepts. A waiter
 * tries its candidate; a lost one asks for another check. Readiness that no event announces (a holder or assignee
 * going offline) is found by a check every heartbeat interval while anyone waits. A lost candidate makes another
 * check no sooner than a poll interval after the last, so that losing again and again costs at most one query per
 * interval.
 *
 * <p>A waiting claim first tries at once, unregistered (a worker that finds work costs nothing more); only when
 * nothing is ready does it register as a waiter and read the candidates again. Why no work is missed then: a
 * waiter registers with the sequence it has seen before that read. An event that commits after the read is in a
 * batch the poller hands over after the waiter registered (the poller, if it (re)starts, starts no later than that
 * sequence; see {@link PollSink}), and that batch makes a check that reads after the commit.
 */
final class ReadyWork implements PollSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReadyWork.class);
    /** Candidates per round of an immediate claim: enough for a handful of concurrent claimers to spread over. */
    private static final int CANDIDATES_PER_READ = 32;
    /** Claimable tasks that a page of the seek may pass over (held, or assigned to another) before it must page. */
    private static final int PAGE_SLACK = 16;
    /** How long after a lost race a claim of this client starts spread out (see {@link #ordered}). */
    private static final long CONTENDED_FOR_NANOS = Duration.ofSeconds(10).toNanos();

    private final CoordinationStore store;
    private final Scope scope;
    private final EventPoller poller;
    private final Duration offlineAfter;
    private final Duration minSpacing;
    private final Duration recheckEvery;
    private final FailureLog failures;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Set<Waiter> waiters = new LinkedHashSet<>();
    /** Tasks that sessions of this client are claiming now, with how many of them. */
    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();
    /** When a claim of this client last lost a race ({@link System#nanoTime}), if it ever did. */
    private final AtomicReference<@Nullable Long> lastLoss = new AtomicReference<>();
    /** A batch of events may have readied work: check at once. */
    private boolean readied;
    /** A candidate was lost or left unused: check again, but not sooner than a poll interval after the last. */
    private boolean retry;
    private boolean registered;
    private boolean closed;
    private @Nullable Thread thread;

    ReadyWork(CoordinationStore store, Scope scope, ClientSettings settings, EventPoller poller) {
        this.store = store;
        this.scope = scope;
        this.poller = poller;
        this.offlineAfter = settings.offlineAfter();
        this.minSpacing = settings.pollInterval();
        this.recheckEvery = settings.heartbeatInterval();
        this.failures = new FailureLog(LOG, "Looking for ready tasks in " + scope, settings.pollInterval());
    }

    /**
     * The ready tasks for an agent (assigned ones first) or for anyone, in ready order.
     *
     * <p>A seek, not a read of every open task: the agent's claimable assignments, then pages of the claimable
     * tasks in ready order until {@code limit} of them are ready. The claimable tasks that are not ready are the
     * ones held by an online agent (being worked on: about one per agent) and the ones assigned to another online
     * agent; a page is {@code limit} plus {@link #PAGE_SLACK} long, so that with up to that many such tasks in
     * front one page is enough, and each further page is twice as long as the one before.
     */
    List<TaskView> ready(Optional<String> agentId, TaskFilter filter, int limit) {
        Map<String, StoredTask> seen = new LinkedHashMap<>();
        agentId.ifPresent(id -> store.claimableTasksAssignedTo(scope, id, filter, limit, offlineAfter)
                .forEach(task -> seen.put(task.id(), task)));
        int skip = 0;
        int page = limit + PAGE_SLACK;
        while (true) {
            List<StoredTask> found = store.claimableTasks(scope, filter, skip, page, offlineAfter);
            found.forEach(task -> seen.putIfAbsent(task.id(), task));
            List<TaskView> ready = TaskRules.ready(seen.values(), agentId, filter, limit);
            if (ready.size() >= limit || found.size() < page) {
                return ready;
            }
            skip += page;
            page *= 2;
        }
    }

    Optional<ClaimedTask> claimNow(DefaultAgentSession session, TaskFilter filter) {
        Set<String> tried = new HashSet<>();
        boolean lostOne = contendedRecently();
        while (true) {
            List<TaskView> candidates = ready(Optional.of(session.agentId()), filter.excluding(tried),
                    CANDIDATES_PER_READ);
            if (candidates.isEmpty()) {
                if (tried.isEmpty()) {
                    // A claim is a sign of life whatever its outcome; with nothing to try, say so explicitly
                    // (and learn of a deregistration as any other action would).
                    session.heartbeat();
                }
                return Optional.empty();
            }
            Deque<TaskView> queue = new ArrayDeque<>(ordered(candidates, lostOne));
            while (!queue.isEmpty()) {
                TaskView candidate = queue.removeFirst();
                tried.add(candidate.id());
                Optional<ClaimedTask> claimed = attempt(session, candidate, filter);
                if (claimed.isPresent()) {
                    return claimed;
                }
                lastLoss.set(System.nanoTime());
                if (!lostOne) {
                    lostOne = true;
                    queue = new ArrayDeque<>(ordered(List.copyOf(queue), true));
                }
            }
        }
    }

    private Optional<ClaimedTask> attempt(DefaultAgentSession session, TaskView candidate, TaskFilter filter) {
        inFlight.merge(candidate.id(), 1, Integer::sum);
        try {
            return session.tryClaim(candidate, filter);
        } finally {
            inFlight.computeIfPresent(candidate.id(), (id, count) -> count == 1 ? null : count - 1);
        }
    }

    /** Whether a claim of this client lost a race in the last {@link #CONTENDED_FOR_NANOS}. */
    private boolean contendedRecently() {
        Long last = lastLoss.get();
        return last != null && System.nanoTime() - last < CONTENDED_FOR_NANOS;
    }

    /**
     * The order to try candidates in. The first attempt of a claim takes the best candidate, so that a lone agent
     * works in ready order. Once a claim of this client lost a race (in this call, or recently), concurrent
     * claimers are about: it then tries candidates of equal rank (assignment, priority, age) in random order, so
     * that claimers spread over the ready tasks instead of queueing for the same lock (each lost race is a write
     * transaction that waited for the winner's commit). Either way, candidates that another session of this client is
     * claiming right now come last (they are still tried: that session may lose).
     */
    private List<TaskView> ordered(List<TaskView> candidates, boolean spread) {
        List<TaskView> ranked = spread ? shuffledWithinRank(candidates) : candidates;
        List<TaskView> ordered = new ArrayList<>(ranked.size());
        ranked.stream().filter(c -> !inFlight.containsKey(c.id())).forEach(ordered::add);
        ranked.stream().filter(c -> inFlight.containsKey(c.id())).forEach(ordered::add);
        return ordered;
    }

    /** Candidates in ready order, with each run of equal rank shuffled. */
    private static List<TaskView> shuffledWithinRank(List<TaskView> candidates) {
        List<TaskView> shuffled = new ArrayList<>(candidates.size());
        int start = 0;
        while (start < candidates.size()) {
            int end = start + 1;
            while (end < candidates.size() && sameRank(candidates.get(start), candidates.get(end))) {
                end++;
            }
            List<TaskView> run = new ArrayList<>(candidates.subList(start, end));
            Collections.shuffle(run, ThreadLocalRandom.current());
            shuffled.addAll(run);
            start = end;
        }
        return shuffled;
    }

    private static boolean sameRank(TaskView a, TaskView b) {
        return a.status() == b.status() && a.definition().priority() == b.definition().priority()
                && a.definedAt().equals(b.definedAt());
    }

    Optional<ClaimedTask> claimWaiting(DefaultAgentSession session, TaskFilter filter, Duration timeout,
            Wakeup wakeup) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<ClaimedTask> ready = claimNow(session, filter);
        if (ready.isPresent() || timeout.isZero()) {
            // While there is work, a worker never registers as a waiter: that costs no query of its own.
            return ready;
        }
        Waiter waiter = new Waiter(session.agentId(), filter, store.latestSequence(scope));
        add(waiter);
        wakeup.attach(waiter);
        try {
            Optional<ClaimedTask> claimed = claimNow(session, filter);
            while (claimed.isEmpty()) {
                Optional<TaskView> candidate = waiter.await(deadline);
                if (candidate.isEmpty()) {
                    return Optional.empty();
                }
                claimed = session.tryClaim(candidate.get(), filter);
                if (claimed.isEmpty()) {
                    recheck();
                }
            }
            return claimed;
        } finally {
            remove(waiter);
        }
    }

    private void add(Waiter waiter) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("client is closed");
            }
            waiters.add(waiter);
            if (!registered) {
                poller.register(this);
                registered = true;
            }
            if (thread == null) {
                thread = Thread.ofVirtual().name("ginko-ready-work-" + scope).start(this::run);
            }
        } finally {
            lock.unlock();
        }
    }

    private void remove(Waiter waiter) {
        lock.lock();
        try {
            waiters.remove(waiter);
            if (waiter.hasCandidate()) {
                // A candidate handed to this waiter was withheld from the others: let them have it.
                retry = true;
                changed.signalAll();
            }
            if (waiters.isEmpty() && registered) {
                poller.unregister(this);
                registered = false;
            }
        } finally {
            lock.unlock();
        }
    }

    private void recheck() {
        lock.lock();
        try {
            retry = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void accept(List<Event> batch) {
        for (Event event : batch) {
            if (event.category() == EventCategory.TASK
                    && event.metadata().get(TaskEvents.ACTION) instanceof String action
                    && TaskEvents.MAY_READY_WORK.contains(action)) {
                lock.lock();
                try {
                    readied = true;
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
                return;
            }
        }
    }

    @Override
    public long requiredStart() {
        lock.lock();
        try {
            return waiters.stream().mapToLong(w -> w.seenSequence).min().orElse(Long.MAX_VALUE);
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        long lastCheck = System.nanoTime() - minSpacing.toNanos();
        while (awaitCheck(lastCheck)) {
            lastCheck = System.nanoTime();
            try {
                handOut();
                failures.succeeded();
            } catch (RuntimeException e) {
                // close() interrupts a read in flight; that is the end, not a failure to report.
                if (isClosed()) {
                    return;
                }
                recheck();
                if (!Threads.sleep(failures.failed(e))) {
                    return;
                }
            }
        }
    }

    /**
     * Waits until a check is due while someone waits: at once when a batch of events may have readied work (batches
     * come at most once per poll, or once per local commit), a poll interval after the last check when a candidate
     * was lost (so that a waiter losing again and again cannot make it spin), and a heartbeat interval after it
     * otherwise. Clears the reasons before the check reads, so that anything arriving during the read makes another
     * check.
     */
    private boolean awaitCheck(long lastCheck) {
        lock.lock();
        try {
            while (!closed) {
                if (waiters.isEmpty()) {
                    changed.await();
                    continue;
                }
                long due = readied ? lastCheck : lastCheck + (retry ? minSpacing : recheckEvery).toNanos();
                long left = due - System.nanoTime();
                if (left <= 0) {
                    readied = false;
                    retry = false;
                    return true;
                }
                changed.awaitNanos(left);
            }
            return false;
        } catch (InterruptedException e) {
            return false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Gives each waiter, longest waiting first, the best candidate for it that no earlier waiter got: one seek per
     * waiting session of this client (usually one), each as cheap as a {@code claimNext}.
     */
    private void handOut() {
        List<Waiter> waiting;
        lock.lock();
        try {
            waiting = new ArrayList<>(waiters);
        } finally {
            lock.unlock();
        }
        Set<String> handed = new HashSet<>();
        for (Waiter waiter : waiting) {
            ready(Optional.of(waiter.agentId), waiter.filter.excluding(handed), 1).stream()
                    .findFirst().ifPresent(candidate -> {
                        handed.add(candidate.id());
                        waiter.offer(candidate);
                    });
        }
    }

    private boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /** Stops the check thread; waiting claims throw {@link IllegalStateException}. */
    @Override
    public void close() {
        Thread running;
        lock.lock();
        try {
            closed = true;
            waiters.forEach(Waiter::clientClosed);
            changed.signalAll();
            running = thread;
        } finally {
            lock.unlock();
        }
        Threads.stop(running);
    }

    /** A waiting claim: what it may take, and the candidate handed to it, if any. */
    static final class Waiter {
        private final String agentId;
        private final TaskFilter filter;
        private final long seenSequence;
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition signal = lock.newCondition();
        private @Nullable TaskView candidate;
        private boolean cancelled;
        private boolean clientClosed;

        Waiter(String agentId, TaskFilter filter, long seenSequence) {
            this.agentId = agentId;
            this.filter = filter;
            this.seenSequence = seenSequence;
        }

        void offer(TaskView task) {
            lock.lock();
            try {
                candidate = task;
                signal.signalAll();
            } finally {
                lock.unlock();
            }
        }

        void cancel() {
            lock.lock();
            try {
                cancelled = true;
                signal.signalAll();
            } finally {
                lock.unlock();
            }
        }

        void clientClosed() {
            lock.lock();
            try {
                clientClosed = true;
                signal.signalAll();
            } finally {
                lock.unlock();
            }
        }

        boolean hasCandidate() {
            lock.lock();
            try {
                return candidate != null;
            } finally {
                lock.unlock();
            }
        }

        /** The next candidate; empty on timeout or when cancelled. */
        Optional<TaskView> await(long deadline) throws InterruptedException {
            lock.lock();
            try {
                while (candidate == null && !cancelled && !clientClosed) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return Optional.empty();
                    }
                    signal.awaitNanos(left);
                }
                if (clientClosed) {
                    throw new IllegalStateException("client is closed");
                }
                Optional<TaskView> next = cancelled ? Optional.empty() : Optional.ofNullable(candidate);
                candidate = null;
                return next;
            } finally {
                lock.unlock();
            }
        }
    }
}
