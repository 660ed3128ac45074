package ai.ginko.tools;

import ai.ginko.core.TaskClaim;
import java.util.Locale;
import java.util.Map;

/** {@code complete_task}: marks a task this agent holds as done. */
final class CompleteTaskTool implements Tool {

    private final AgentContext context;

    CompleteTaskTool(AgentContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "complete_task";
    }

    @Override
    public String description() {
        return "Mark a task this agent holds (see claim_task) as completed; no agent can claim it afterwards. "
                + "Fails when this agent does not hold the task.";
    }

    @Override
    public ToolInput input() {
        return ToolInput.of(Parameter.string("task_id", "The task to complete, e.g. TASK-4.").required());
    }

    @Override
    public Map<String, Object> outputSchema() {
        return Schemas.object(Schemas.ordered(
                "task_id", Schemas.STRING,
                "state", Schemas.STRING,
                "agent_id", Schemas.STRING,
                "claimed_at", Schemas.STRING,
                "updated_at", Schemas.STRING));
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public ToolResult call(Arguments arguments) {
        TaskClaim claim = context.session().complete(arguments.string("task_id"));
        return new ToolResult("Completed " + claim.taskId(), Schemas.ordered(
                "task_id", claim.taskId(),
                "state", claim.state().name().toLowerCase(Locale.ROOT),
                "agent_id", claim.agentId(),
                "claimed_at", claim.claimedAt().toString(),
                "updated_at", claim.updatedAt().toString()));
    }
}
