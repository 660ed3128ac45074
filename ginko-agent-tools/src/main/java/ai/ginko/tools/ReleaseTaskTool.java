package ai.ginko.tools;

import java.util.Map;

/** {@code release_task}: gives a task up so that another agent can claim it. */
final class ReleaseTaskTool implements Tool {

    private final AgentContext context;

    ReleaseTaskTool(AgentContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "release_task";
    }

    @Override
    public String description() {
        return "Give up a task this agent holds without completing it, so that another agent can claim it. "
                + "Fails when this agent does not hold the task.";
    }

    @Override
    public ToolInput input() {
        return ToolInput.of(Parameter.string("task_id", "The task to release, e.g. TASK-4.").required());
    }

    @Override
    public Map<String, Object> outputSchema() {
        return Schemas.object(Schemas.ordered("task_id", Schemas.STRING, "state", Schemas.STRING));
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public ToolResult call(Arguments arguments) {
        String taskId = arguments.string("task_id");
        context.session().release(taskId);
        return new ToolResult("Released " + taskId, Schemas.ordered("task_id", taskId, "state", "released"));
    }
}
