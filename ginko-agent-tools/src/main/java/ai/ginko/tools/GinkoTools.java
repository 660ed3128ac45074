package ai.ginko.tools;

import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import java.util.List;
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
        if (client == null || session == null) {
            throw new IllegalArgumentException((client == null ? "client" : "session") + " must not be null");
        }
        AgentContext context = new AgentContext(client, session);
        EventPosition position = new EventPosition(client.latestSequence());
        return Stream.<Tool>of(
                new LogEventTool(context),
                new ClaimTaskTool(context),
                new CompleteTaskTool(context),
                new ReleaseTaskTool(context),
                new AgentStatusTool(context),
                new WaitForEventsTool(context, position),
                new ActiveBlockersTool(context),
                new HandoffTool(context),
                new ReadyTasksTool(context),
                new ClaimNextTaskTool(context),
                new SendMessageTool(context),
                new ReplyMessageTool(context),
                new FetchInboxTool(context),
                MarkMessagesTool.markRead(context),
                MarkMessagesTool.acknowledge(context))
                .map(GinkoTool::new)
                .toList();
    }
}
