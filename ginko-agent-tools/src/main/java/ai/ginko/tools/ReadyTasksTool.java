package ai.ginko.tools;

import ai.ginko.core.TaskView;
import ai.ginko.tools.views.JsonViews;
import java.util.List;
import java.util.Map;

/** {@code ready_tasks}: the work this agent could take now, best first. */
final class ReadyTasksTool implements Tool {

    private static final int DEFAULT_LIMIT = 20;

    private final AgentContext context;

    ReadyTasksTool(AgentContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "ready_tasks";
    }

    @Override
    public String description() {
        return "List the tasks of the project's task graph that this agent could take now: every dependency "
                + "completed, nobody working on them, the capabilities this agent registered covering theirs. "
                + "Tasks assigned to this agent come first, then by priority (0 most urgent) and age. Take one "
                + "with claim_next_task.";
    }

    @Override
    public ToolInput input() {
        return ToolInput.of(
                Parameter.integer("limit", 1, 100, "How many tasks at most (default 20)."),
                TaskChoice.ANY_CAPABILITY);
    }

    @Override
    public Map<String, Object> outputSchema() {
        return Schemas.object(Map.of("tasks", Schemas.array(Schemas.TASK)));
    }

    @Override
    public boolean readOnly() {
        return true;
    }

    @Override
    public ToolResult call(Arguments arguments) {
        int limit = Math.toIntExact(arguments.optionalLong("limit").orElse((long) DEFAULT_LIMIT));
        List<TaskView> ready = context.client().tasks()
                .readyFor(context.agentId(), TaskChoice.filter(context, arguments), limit);
        String summary = ready.isEmpty() ? "No task is ready for this agent."
                : "Ready tasks (" + ready.size() + "):\n" + TaskChoice.lines(ready);
        return new ToolResult(summary, Map.of("tasks", ready.stream().map(JsonViews::task).toList()));
    }
}
