package ai.ginko.tools;

import ai.ginko.core.CursorPosition;
import java.util.Map;

/** {@code handoff}: leaves a note in the agent's session cursor for whoever picks the work up. */
final class HandoffTool implements Tool {

    private final AgentContext context;

    HandoffTool(AgentContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "handoff";
    }

    @Override
    public String description() {
        return "Hand the session off: store a note in this agent's session cursor (with its current task and the "
                + "last event it logged or saw) so that the next session, or another agent, can pick up where this "
                + "one stopped. Use it before ending a session with work left.";
    }

    @Override
    public ToolInput input() {
        return ToolInput.of(Parameter.string("note", "Where the work stands and what to do next "
                + "(at most 64 KiB).").required());
    }

    @Override
    public Map<String, Object> outputSchema() {
        return Schemas.object(Schemas.ordered(
                "owner_id", Schemas.STRING,
                "current_task", Schemas.NULLABLE_STRING,
                "last_sequence", Schemas.INTEGER,
                "last_action", Schemas.STRING,
                "handoff_note", Schemas.NULLABLE_STRING,
                "updated_at", Schemas.STRING));
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public ToolResult call(Arguments arguments) {
        CursorPosition position = context.session().cursor().handoff(arguments.string("note"));
        return new ToolResult("Handed off at #" + position.lastSequence()
                + position.currentTask().map(task -> " on " + task).orElse(""), Schemas.ordered(
                "owner_id", position.ownerId(),
                "current_task", position.currentTask().orElse(null),
                "last_sequence", position.lastSequence(),
                "last_action", position.lastAction(),
                "handoff_note", position.handoffNote().orElse(null),
                "updated_at", position.updatedAt().toString()));
    }
}
