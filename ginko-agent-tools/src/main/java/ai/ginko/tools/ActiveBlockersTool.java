package ai.ginko.tools;

import ai.ginko.core.Blocker;
import ai.ginko.core.Event;
import ai.ginko.core.TaskClaim;
import ai.ginko.core.TaskState;
import ai.ginko.tools.views.JsonViews;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code active_blockers}: the blockers not yet resolved, optionally only those in this agent's way. */
final class ActiveBlockersTool implements Tool {

    private final AgentContext context;

    ActiveBlockersTool(AgentContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "active_blockers";
    }

    @Override
    public String description() {
        return "List the blockers not yet resolved, most severe first, each with its event id (resolve one with "
                + "log_event, category blocker_resolved, resolves_event_id). With only_my_tasks, only those that "
                + "hold up a task this agent holds.";
    }

    @Override
    public ToolInput input() {
        return ToolInput.of(Parameter.bool("only_my_tasks",
                "Only blockers whose blocking_tasks include a task this agent holds (default false)."));
    }

    @Override
    public Map<String, Object> outputSchema() {
        return Schemas.object(Map.of("blockers", Schemas.array(Schemas.ACTIVE_BLOCKER)));
    }

    @Override
    public boolean readOnly() {
        return true;
    }

    @Override
    public ToolResult call(Arguments arguments) {
        List<Event> blockers = arguments.bool("only_my_tasks", false)
                ? context.client().blockersAffecting(heldTasks())
                : context.client().activeBlockers();
        String summary = blockers.isEmpty() ? "No active blockers."
                : blockers.stream().map(ActiveBlockersTool::line)
                        .collect(Collectors.joining("\n", "Active blockers (" + blockers.size() + "):\n", ""));
        return new ToolResult(summary, Map.of("blockers", blockers.stream().map(JsonViews::activeBlocker).toList()));
    }

    private List<String> heldTasks() {
        return context.client().claims().stream()
                .filter(claim -> claim.state() == TaskState.CLAIMED && claim.agentId().equals(context.agentId()))
                .map(TaskClaim::taskId)
                .toList();
    }

    private static String line(Event event) {
        Blocker blocker = event.blocker().orElseThrow();
        String affects = blocker.blockingTasks().isEmpty() ? ""
                : "; affects " + String.join(", ", blocker.blockingTasks());
        return "  [" + blocker.severity().wireName() + "] " + event.taskId().map(task -> task + " ").orElse("")
                + "blocked by: " + blocker.blockedBy() + affects + " (event " + event.id() + ")";
    }
}
