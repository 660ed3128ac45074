package ai.ginko.tools;

import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

/** The coordination tools of one agent. A new tool is a class and a line here. */
public final class GinkoTools {

    private GinkoTools() {
    }

    /**
     * The tools for the agent of {@code session}, in the order a client lists them. {@code wait_for_events}
     * continues from the newest event of the log at this call; the tools share nothing with those of another call.
     *
     * @param client  the scope's client the session was started on; the caller closes it
     * @param session the agent's session; the caller closes it
     * @throws IllegalArgumentException if either is null
     */
    public static List<GinkoTool> forAgent(CoordinationClient client, AgentSession session) {
        StartedAgent agent = new StartedAgent(client, session);
        return tools(new AgentContext(CompletableFuture.completedFuture(
                new AgentContext.Started(agent, new EventPosition(client.latestSequence()))), Duration.ZERO));
    }

    /**
     * The tools for an agent whose session is still starting, e.g. in an MCP server that answers its client before
     * it has connected to the database: their names, descriptions and schemas at once; a call waits for
     * {@code agent}, at most {@code wait}, and then runs, or is answered with a tool error when {@code agent} failed
     * or did not complete in time. {@code wait_for_events} continues from the newest event of the log right after
     * {@code agent} completed (read on the thread that completes it, before any call proceeds).
     *
     * @param agent the agent once its session has started
     * @param wait  how long a call waits for {@code agent}
     * @throws IllegalArgumentException if {@code agent} is null or {@code wait} is not positive
     */
    public static List<GinkoTool> forStartingAgent(CompletionStage<StartedAgent> agent, Duration wait) {
        if (agent == null) {
            throw new IllegalArgumentException("agent must not be null");
        }
        if (wait == null || wait.isNegative() || wait.isZero()) {
            throw new IllegalArgumentException("wait must be positive, was " + wait);
        }
        return tools(new AgentContext(agent.toCompletableFuture().thenApply(started -> new AgentContext.Started(
                started, new EventPosition(started.client().latestSequence()))), wait));
    }

    private static List<GinkoTool> tools(AgentContext context) {
        return Stream.<Tool>of(
                new LogEventTool(context),
                new ClaimTaskTool(context),
                new CompleteTaskTool(context),
                new ReleaseTaskTool(context),
                new AgentStatusTool(context),
                new WaitForEventsTool(context),
                new ActiveBlockersTool(context),
                new HandoffTool(context),
                new ReadyTasksTool(context),
                new ClaimNextTaskTool(context),
                new SendMessageTool(context),
                new ReplyMessageTool(context),
                new FetchInboxTool(context),
                MarkMessagesTool.markRead(context),
                MarkMessagesTool.acknowledge(context),
                new ReservePathsTool(context),
                new ReleasePathsTool(context),
                new RenewReservationsTool(context),
                new ListReservationsTool(context),
                new CheckPathsTool(context))
                .map(GinkoTool::new)
                .toList();
    }
}
