package ai.ginko.tools;

import ai.ginko.core.ClaimResult;
import java.util.List;
import java.util.Map;

/** {@code claim_task}: the atomic claim; exactly one of any number of concurrent claimers gets a task. */
final class ClaimTaskTool implements Tool {

    private final AgentContext context;

    ClaimTaskTool(AgentContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "claim_task";
    }

    @Override
    public String description() {
        return "Claim a task before working on it, so that no other agent works on it too. Atomic across all "
                + "agents: if another live agent holds the task the call fails and names the holder; a task whose "
                + "holder went offline is taken over. Claiming a task this agent already holds is fine.";
    }

    @Override
    public ToolInput input() {
        return ToolInput.of(Parameter.string("task_id", "The task to claim, e.g. TASK-4.").required());
    }

    @Override
    public Map<String, Object> outputSchema() {
        return Schemas.object(Schemas.ordered(
                "task_id", Schemas.STRING,
                "outcome", Schemas.enumOf(List.of("claimed", "already_held", "taken_over")),
                "holder", Schemas.STRING,
                "previous_holder", Schemas.NULLABLE_STRING));
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public ToolResult call(Arguments arguments) {
        String taskId = arguments.string("task_id");
        ClaimResult result = context.session().claim(taskId);
        String holder = context.describe(result.holder());
        String outcome = switch (result.outcome()) {
            case CLAIMED -> "Claimed " + taskId;
            case ALREADY_HELD -> "Already holding " + taskId;
            case TAKEN_OVER -> "Took " + taskId + " over from offline " + result.previousHolder().orElseThrow();
            case HELD_BY_OTHER -> throw new ToolRefusal(taskId + " is held by " + holder + "; "
                    + context.agentId() + " did not get it");
            case COMPLETED -> throw new ToolRefusal(taskId + " was already completed by " + holder);
        };
        return new ToolResult(outcome + "; holder: " + holder, Schemas.ordered(
                "task_id", taskId,
                "outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT),
                "holder", result.holder(),
                "previous_holder", result.previousHolder().orElse(null)));
    }
}
