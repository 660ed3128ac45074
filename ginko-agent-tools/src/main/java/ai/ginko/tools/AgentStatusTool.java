package ai.ginko.tools;

import ai.ginko.tools.views.JsonViews;
import ai.ginko.tools.views.StatusFormatter;
import ai.ginko.tools.views.StatusSnapshot;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code agent_status}: who works on what, and what is blocked; the text is {@code ginko agent status}. */
final class AgentStatusTool implements Tool {

    private final AgentContext context;

    AgentStatusTool(AgentContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "agent_status";
    }

    @Override
    public String description() {
        return "See the project's agents (idle, busy on a task, or offline), the task each one holds, and the "
                + "active blockers with the tasks they hold up. Call it before choosing what to work on.";
    }

    @Override
    public ToolInput input() {
        return ToolInput.of(Parameter.bool("include_offline", "Also list agents that are offline (default false)."));
    }

    @Override
    public Map<String, Object> outputSchema() {
        return Schemas.object(Schemas.ordered(
                "agent_id", Schemas.STRING,
                "agents", Schemas.array(Schemas.AGENT),
                "blockers", Schemas.array(Schemas.STATUS_BLOCKER)));
    }

    @Override
    public boolean readOnly() {
        return true;
    }

    @Override
    public ToolResult call(Arguments arguments) {
        boolean all = arguments.bool("include_offline", false);
        StatusSnapshot snapshot = StatusSnapshot.read(context.client());
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("agent_id", context.agentId());
        structured.putAll(JsonViews.status(snapshot, all));
        return new ToolResult("You are " + context.agentId() + ".\n" + StatusFormatter.format(snapshot, all),
                structured);
    }
}
