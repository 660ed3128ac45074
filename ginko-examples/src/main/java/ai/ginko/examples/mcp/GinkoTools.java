package ai.ginko.examples.mcp;

import java.util.List;

/** The tools the server offers, in the order a client lists them. A new tool is a class and a line here. */
final class GinkoTools {

    private GinkoTools() {
    }

    static List<GinkoTool> all(AgentContext context, EventPosition position) {
        return List.of(
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
                new ReservePathsTool(context),
                new ReleasePathsTool(context),
                new RenewReservationsTool(context),
                new ListReservationsTool(context),
                new CheckPathsTool(context));
    }
}
