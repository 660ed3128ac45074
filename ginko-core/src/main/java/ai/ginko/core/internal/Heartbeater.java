package ai.ginko.core.internal;

import ai.ginko.core.AgentDeregisteredException;
import ai.ginko.core.Scope;
import ai.ginko.core.spi.CoordinationStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends an agent's heartbeats on its own virtual thread, at the configured interval, until stopped. */
final class Heartbeater {

    private static final Logger LOG = LoggerFactory.getLogger(Heartbeater.class);

    private final CoordinationStore store;
    private final Scope scope;
    private final String agentId;
    private final Duration interval;
    private final Duration offlineAfter;
    private final FailureLog failures;
    private volatile @Nullable Thread thread;

    Heartbeater(CoordinationStore store, Scope scope, String agentId, Duration interval, Duration offlineAfter) {
        this.store = store;
        this.scope = scope;
        this.agentId = agentId;
        this.interval = interval;
        this.offlineAfter = offlineAfter;
        this.failures = new FailureLog(LOG, "Heartbeat of agent " + agentId + " in " + scope, interval);
    }

    void start() {
        thread = Thread.ofVirtual().name("ginko-heartbeat-" + agentId).start(this::run);
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                TimeUnit.NANOSECONDS.sleep(interval.toNanos());
                try {
                    store.heartbeat(scope, agentId, offlineAfter);
                    failures.succeeded();
                } catch (AgentDeregisteredException e) {
                    // Deregistration wins: the session stops keeping the agent alive, and its next action fails.
                    LOG.warn("Agent {} was deregistered from {}; its heartbeats stop", agentId, scope);
                    return;
                } catch (Throwable e) {
                    // The next tick is the retry: a heartbeat is only ever as late as the interval. Errors too (only
                    // fatal ones end the thread, thrown again by failed()): one bad call must not stop the beats.
                    failures.failed(e);
                }
            }
        } catch (InterruptedException e) {
            // stop() interrupts the thread.
        }
    }

    void stop() {
        Threads.stop(thread);
    }
}
