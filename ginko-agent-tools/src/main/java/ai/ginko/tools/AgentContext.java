package ai.ginko.tools;

import ai.ginko.core.AgentInfo;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What every tool acts with: the client of the agent's scope, the session of the agent the tools stand for, and
 * the agent's {@code wait_for_events} position. They may still be starting when the tools are made
 * ({@link GinkoTools#forStartingAgent}): each accessor then waits for them, at most {@code wait}. So a call made
 * before the start waits and then runs; a call after a failed start, or one that waited too long, fails with an
 * {@link IllegalStateException} that {@link GinkoTool#call} answers as a tool error.
 */
final class AgentContext {

    private final CompletableFuture<Started> started;
    private final Duration wait;

    /**
     * @param started the agent once started, with its position
     * @param wait    how long an accessor waits for {@code started}
     */
    AgentContext(CompletableFuture<Started> started, Duration wait) {
        this.started = started;
        this.wait = wait;
    }

    CoordinationClient client() {
        return started().agent().client();
    }

    AgentSession session() {
        return started().agent().session();
    }

    /** Where {@code wait_for_events} continues from: the newest event of the log when the agent had started. */
    EventPosition position() {
        return started().position();
    }

    String agentId() {
        return session().agentId();
    }

    /** {@code agent_3f9a1c2b7d4e (Claude-Implementer)}, or the bare id of an agent no longer registered. */
    String describe(String agentId) {
        return client().agent(agentId).map(AgentInfo::name).map(name -> agentId + " (" + name + ")")
                .orElse(agentId);
    }

    private Started started() {
        try {
            return started.get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the agent's session was starting", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the agent's session has not started within " + wait.toMillis()
                    + " ms (is the database slow to answer?)", e);
        } catch (ExecutionException e) {
            Throwable cause = Objects.requireNonNullElse(e.getCause(), e);
            throw new IllegalStateException("the agent's session could not start: "
                    + Objects.requireNonNullElse(cause.getMessage(), cause.toString()), cause);
        }
    }

    /** The started agent, and its position read right after the start. */
    record Started(StartedAgent agent, EventPosition position) {
    }
}
