package ai.ginko.tools;

import ai.ginko.core.ClaimedTask;
import ai.ginko.core.TaskDefinition;
import ai.ginko.core.TaskFilter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code claim_next_task}: claims the best ready task for this agent, atomically; optionally waits for one. Finding
 * no work is an answer, not an error.
 */
final class ClaimNextTaskTool implements Tool {

    private final AgentContext context;

    ClaimNextTaskTool(AgentContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "claim_next_task";
    }

    @Override
    public String description() {
        return "Claim the best task this agent could take now (see ready_tasks) and return it, so that no other "
                + "agent works on it: of any number of agents asking at once, each task goes to exactly one, and "
                + "never before all its dependencies are completed. With timeout_seconds, wait that long for work "
                + "to become ready. claimed is false when there was none. Complete it with complete_task.";
    }

    @Override
    public ToolInput input() {
        return ToolInput.of(
                Parameter.integer("timeout_seconds", 0, 30,
                        "How long to wait for a task to become ready, 0-30 seconds (default 0: do not wait)."),
                TaskChoice.ANY_CAPABILITY);
    }

    @Override
    public Map<String, Object> outputSchema() {
        return Schemas.object(Schemas.ordered(
                "claimed", Schemas.BOOLEAN,
                "task", Schemas.nullable(Schemas.object(Schemas.ordered(
                        "task_id", Schemas.STRING,
                        "title", Schemas.STRING,
                        "priority", Schemas.INTEGER,
                        "depends_on", Schemas.STRINGS,
                        "capabilities", Schemas.STRINGS,
                        "estimate", Schemas.NULLABLE_STRING,
                        "description", Schemas.NULLABLE_STRING,
                        "outcome", Schemas.enumOf(List.of("claimed", "already_held", "taken_over")))))));
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public ToolResult call(Arguments arguments) throws InterruptedException {
        long timeout = arguments.optionalLong("timeout_seconds").orElse(0L);
        TaskFilter filter = TaskChoice.filter(context, arguments);
        Optional<ClaimedTask> claimed = timeout == 0 ? context.session().claimNext(filter)
                : context.session().claimNext(filter, Duration.ofSeconds(timeout));
        if (claimed.isEmpty()) {
            return new ToolResult("No task is ready for this agent" + (timeout == 0 ? "." : " within " + timeout
                    + " s."), Schemas.ordered("claimed", false, "task", null));
        }
        TaskDefinition task = claimed.get().definition();
        return new ToolResult("Claimed " + task.id() + ": " + task.title(), Schemas.ordered(
                "claimed", true,
                "task", Schemas.ordered(
                        "task_id", task.id(),
                        "title", task.title(),
                        "priority", task.priority(),
                        "depends_on", task.dependsOn(),
                        "capabilities", task.capabilities(),
                        "estimate", task.estimate().orElse(null),
                        "description", task.description().orElse(null),
                        "outcome", claimed.get().claim().outcome().name().toLowerCase(Locale.ROOT))));
    }
}
