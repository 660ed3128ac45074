package ai.ginko.examples.cli;

import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationUnavailableException;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * {@code ginko agent heartbeat --every}: keeps an agent alive from a shell until the process is stopped. An outage
 * of the database does not end it (the next heartbeat is the retry, and the outage is reported once); a
 * deregistration does, since no heartbeat can undo it.
 */
final class HeartbeatLoop {

    private final AgentSession session;
    private final Duration interval;
    private final PrintWriter err;

    HeartbeatLoop(AgentSession session, Duration interval, PrintWriter err) {
        this.session = session;
        this.interval = interval;
        this.err = err;
    }

    /** Runs until interrupted (exit 0) or until the agent is deregistered (an exception: exit 1). */
    int run() {
        boolean failing = false;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(interval);
                try {
                    session.heartbeat();
                    if (failing) {
                        err.println("ginko: heartbeats of " + session.agentId() + " go through again");
                        failing = false;
                    }
                } catch (RuntimeException e) {
                    if (Thread.currentThread().isInterrupted()) {
                        // Stopped while a heartbeat was in flight: the driver aborts that transaction (its retry
                        // wait ends with an IllegalStateException). Stopping was asked for, so this is the end.
                        return 0;
                    }
                    if (!(e instanceof CoordinationUnavailableException)) {
                        throw e;
                    }
                    if (!failing) {
                        err.println("ginko: a heartbeat of " + session.agentId() + " failed, retrying every "
                                + DurationConverter.format(interval) + ": " + e.getMessage());
                        failing = true;
                    }
                }
                err.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
