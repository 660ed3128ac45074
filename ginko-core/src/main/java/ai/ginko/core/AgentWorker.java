package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import ai.ginko.core.internal.DefaultAgentSession;
import ai.ginko.core.internal.Wakeup;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;

/**
 * A worker loop for one agent: claims the next task of the project's {@link TaskGraph} that is ready for the agent
 * and matches its filter (waiting when there is none), runs the {@link TaskHandler} on it, and records the outcome:
 * completed when the handler returns, a blocker when it throws {@link TaskBlockedException} (the task stays claimed
 * and is run again once the blocker is resolved), released when it throws anything else (this worker then leaves
 * the task alone for its retry delay).
 *
 * <pre>{@code
 * try (AgentSession agent = client.startAgent(AgentRegistration.named("Implementer")
 *              .withCapabilities(List.of("java")));
 *      AgentWorker worker = AgentWorker.builder(client, agent)
 *              .handler(task -> implement(task.definition()))
 *              .start()) {
 *     ...  // the worker runs on its own virtual thread until closed
 * }
 * }</pre>
 *
 * <p><b>Stopping.</b> {@link #close()} stops claiming at once (a wait for work ends without a claim). A handler
 * that is running gets the stop timeout (30 s by default) to finish, and its outcome is recorded as usual; after
 * that the worker interrupts it, and a handler that then throws has its task released. Tasks kept claimed for a
 * blocker are released when the worker stops. The session stays open: close it after the worker.
 *
 * <p>Thread-safe. The handler runs on the worker's virtual thread, one task at a time.
 */
public final class AgentWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AgentWorker.class);
    /** Longest single wait for work: the worker then looks again with its exclusions brought up to date. */
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);
    private static final Duration GRACE_AFTER_INTERRUPT = Duration.ofSeconds(5);
    private static final Duration UNAVAILABLE_BACKOFF = Duration.ofSeconds(1);

    private enum State { IDLE, WAITING, HANDLING }

    private final CoordinationClient client;
    private final DefaultAgentSession session;
    private final TaskHandler handler;
    private final TaskFilter filter;
    private final Duration retryDelay;
    private final Duration stopTimeout;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition stopSignal = lock.newCondition();
    /** Tasks kept claimed for a blocker, by the blocker event's id. Guarded by the lock. */
    private final Map<String, ClaimedTask> blocked = new HashMap<>();
    /** Blocker events resolved before this worker recorded them (a fast resolver). Guarded by the lock. */
    private final Set<String> resolvedEarly = new HashSet<>();
    /** Blocked tasks whose blocker was resolved, to run again. Guarded by the lock. */
    private final Queue<ClaimedTask> resumable = new ArrayDeque<>();
    /** When each failed task may be tried again by this worker, in nanoTime. Only the worker thread uses it. */
    private final Map<String, Long> retryAt = new HashMap<>();
    private final Thread thread;
    private State state = State.IDLE;
    private Wakeup wakeup = new Wakeup();
    private boolean stopping;

    private AgentWorker(Builder builder) {
        this.client = builder.client;
        this.session = builder.session;
        this.handler = Checks.notNull(builder.handler, "handler");
        this.filter = builder.filter.orElseGet(() -> TaskFilter.capabilities(builder.session.info().capabilities()));
        this.retryDelay = builder.retryDelay;
        this.stopTimeout = builder.stopTimeout;
        this.thread = Thread.ofVirtual().name("ginko-worker-" + session.agentId()).unstarted(this::run);
    }

    /**
     * A builder of a worker for this agent.
     *
     * @param client  the client the session belongs to (the worker follows blocker resolutions through it)
     * @param session a session from {@code client.startAgent} or {@code client.attachAgent}
     */
    public static Builder builder(CoordinationClient client, AgentSession session) {
        return new Builder(client, session);
    }

    public String agentId() {
        return session.agentId();
    }

    /** Whether the worker's loop still runs. */
    public boolean running() {
        return thread.isAlive();
    }

    @SuppressWarnings("try") // the subscription only has to live as long as the loop: it feeds onResolution
    private void run() {
        try (Subscription resolutions = client.subscribe(client.latestSequence(),
                EventFilter.categories(EventCategory.BLOCKER_RESOLVED), this::onResolution)) {
            while (!isStopping()) {
                try {
                    nextTask().ifPresent(this::work);
                } catch (CoordinationUnavailableException e) {
                    LOG.warn("Worker of agent {} cannot reach the store; trying again in {}: {}", session.agentId(),
                            UNAVAILABLE_BACKOFF, e.getMessage());
                    pauseUnlessStopping(UNAVAILABLE_BACKOFF);
                }
            }
        } catch (AgentDeregisteredException e) {
            LOG.warn("Worker of agent {} stops: the agent was deregistered", session.agentId());
        } catch (IllegalStateException e) {
            LOG.warn("Worker of agent {} stops: {}", session.agentId(), e.getMessage());
        } catch (InterruptedException e) {
            LOG.debug("Worker of agent {} interrupted while stopping", session.agentId());
        } finally {
            releaseBlocked();
        }
    }

    /** A resumed blocked task, or the next ready one (waiting for it); empty when there is none yet. */
    private Optional<ClaimedTask> nextTask() throws InterruptedException {
        Wakeup current;
        ClaimedTask resumed;
        lock.lock();
        try {
            if (stopping) {
                return Optional.empty();
            }
            resumed = resumable.poll();
            current = new Wakeup();
            if (resumed == null) {
                wakeup = current;
                state = State.WAITING;
            }
        } finally {
            lock.unlock();
        }
        if (resumed != null) {
            return Optional.of(resumed).filter(this::stillHeld);
        }
        try {
            Optional<ClaimedTask> claimed = session.claimNext(filter.excluding(retryAt.keySet()), waitBudget(),
                    current);
            if (claimed.isPresent() && isStopping()) {
                session.release(claimed.get().id());
                return Optional.empty();
            }
            return claimed;
        } finally {
            setState(State.IDLE);
        }
    }

    /** Forgets retry delays that are over and waits no longer than the next one lasts. */
    private Duration waitBudget() {
        long now = System.nanoTime();
        retryAt.values().removeIf(at -> at - now <= 0);
        long nearest = retryAt.values().stream().mapToLong(at -> at - now).min().orElse(Long.MAX_VALUE);
        return nearest < LONGEST_WAIT.toNanos() ? Duration.ofNanos(nearest) : LONGEST_WAIT;
    }

    private void work(ClaimedTask task) {
        setState(State.HANDLING);
        Optional<Exception> failure = Optional.empty();
        try {
            handler.work(task);
        } catch (Exception e) {
            failure = Optional.of(e);
        } finally {
            lock.lock();
            try {
                state = State.IDLE;
                // An interrupt that close() sent to the handler must not reach the store calls below.
                Thread.interrupted();
            } finally {
                lock.unlock();
            }
        }
        try {
            if (failure.isEmpty()) {
                session.complete(task.id());
            } else if (failure.get() instanceof TaskBlockedException blocker) {
                keepBlocked(task, blocker);
            } else {
                LOG.warn("Handler failed on {}; releasing it", task.id(), failure.get());
                session.release(task.id());
                retryAt.put(task.id(), System.nanoTime() + retryDelay.toNanos());
            }
        } catch (TaskNotHeldException e) {
            LOG.warn("Worker of agent {} lost {} while working on it: {}", session.agentId(), task.id(),
                    e.getMessage());
        } catch (CoordinationUnavailableException e) {
            // The task stays claimed by the agent: once the agent is offline, another can take it over.
            LOG.warn("Worker of agent {} could not record the outcome of {}: {}", session.agentId(), task.id(),
                    e.getMessage());
        }
    }

    private void keepBlocked(ClaimedTask task, TaskBlockedException blocker) {
        Event logged = session.logger().log(NewEvent.builder(EventCategory.BLOCKER, blocker.description())
                .taskId(task.id())
                .blocker(Blocker.of(blocker.blockedBy(), blocker.severity(), List.of(task.id())))
                .build());
        lock.lock();
        try {
            if (resolvedEarly.remove(logged.id())) {
                resumable.add(task);
            } else {
                blocked.put(logged.id(), task);
            }
        } finally {
            lock.unlock();
        }
    }

    private void onResolution(Event resolution) {
        String blockerId = resolution.resolvesEventId().orElseThrow();
        lock.lock();
        try {
            ClaimedTask task = blocked.remove(blockerId);
            if (task == null) {
                resolvedEarly.add(blockerId);
                return;
            }
            resumable.add(task);
            if (state == State.WAITING) {
                wakeup.fire();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Whether this agent still holds a task it kept for a blocker (it may have been taken over meanwhile). */
    private boolean stillHeld(ClaimedTask task) {
        return client.claimOf(task.id())
                .filter(c -> c.state() == TaskState.CLAIMED && c.agentId().equals(session.agentId())).isPresent();
    }

    private void releaseBlocked() {
        Set<ClaimedTask> kept = new HashSet<>();
        lock.lock();
        try {
            kept.addAll(blocked.values());
            kept.addAll(resumable);
            blocked.clear();
            resumable.clear();
        } finally {
            lock.unlock();
        }
        for (ClaimedTask task : kept) {
            try {
                session.release(task.id());
            } catch (RuntimeException e) {
                LOG.warn("Worker of agent {} could not release {} on stopping: {}", session.agentId(), task.id(),
                        e.getMessage());
            }
        }
    }

    private void setState(State next) {
        lock.lock();
        try {
            state = next;
        } finally {
            lock.unlock();
        }
    }

    private boolean isStopping() {
        lock.lock();
        try {
            return stopping;
        } finally {
            lock.unlock();
        }
    }

    /** Waits out the pause, or less if the worker is told to stop meanwhile. */
    private void pauseUnlessStopping(Duration pause) throws InterruptedException {
        lock.lock();
        try {
            long nanos = pause.toNanos();
            while (!stopping && nanos > 0) {
                nanos = stopSignal.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops the worker (see the class comment): returns once the loop ended, or after the stop timeout and a few
     * seconds more if a handler ignores its interrupt (its task then stays claimed). Idempotent.
     */
    @Override
    public void close() {
        if (Thread.currentThread() == thread) {
            throw new IllegalStateException("a worker cannot be closed from its own handler");
        }
        lock.lock();
        try {
            stopping = true;
            wakeup.fire();
            stopSignal.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            if (!thread.join(stopTimeout)) {
                lock.lock();
                try {
                    if (state == State.HANDLING) {
                        thread.interrupt();
                    }
                } finally {
                    lock.unlock();
                }
                if (!thread.join(GRACE_AFTER_INTERRUPT)) {
                    LOG.warn("Worker of agent {} did not stop: its handler ignores interrupts", session.agentId());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Configures an {@link AgentWorker}; not thread-safe. */
    public static final class Builder {
        private final CoordinationClient client;
        private final DefaultAgentSession session;
        private @Nullable TaskHandler handler;
        private Optional<TaskFilter> filter = Optional.empty();
        private Duration retryDelay = Duration.ofMinutes(1);
        private Duration stopTimeout = Duration.ofSeconds(30);

        private Builder(CoordinationClient client, AgentSession session) {
            this.client = Checks.notNull(client, "client");
            if (!(Checks.notNull(session, "session") instanceof DefaultAgentSession own)) {
                throw new IllegalArgumentException("session must come from startAgent or attachAgent of a client, "
                        + "was " + session.getClass().getName());
            }
            this.session = own;
        }

        /** What to do with each task (required). */
        public Builder handler(TaskHandler handler) {
            this.handler = Checks.notNull(handler, "handler");
            return this;
        }

        /** Which tasks to take; by default those the agent's registered capabilities cover. */
        public Builder filter(TaskFilter filter) {
            this.filter = Optional.of(Checks.notNull(filter, "filter"));
            return this;
        }

        /** How long this worker leaves a task alone after its handler failed on it (default 1 min). */
        public Builder retryDelay(Duration retryDelay) {
            this.retryDelay = Checks.positive(retryDelay, "retryDelay");
            return this;
        }

        /** How long {@link #close()} lets a running handler finish before interrupting it (default 30 s). */
        public Builder stopTimeout(Duration stopTimeout) {
            this.stopTimeout = Checks.positive(stopTimeout, "stopTimeout");
            return this;
        }

        /** Starts the worker on a virtual thread of its own. */
        public AgentWorker start() {
            if (handler == null) {
                throw new IllegalArgumentException("handler must be set");
            }
            AgentWorker worker = new AgentWorker(this);
            worker.thread.start();
            return worker;
        }
    }
}
