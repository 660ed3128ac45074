package ai.ginko.tools;

import ai.ginko.core.Blocker;
import ai.ginko.core.Event;
import ai.ginko.core.EventCategory;
import ai.ginko.core.NewEvent;
import ai.ginko.core.Severity;
import ai.ginko.tools.views.JsonViews;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code log_event}: appends an event to the shared log, attributed to this agent. */
final class LogEventTool implements Tool {

    /** Every category but message: messages are sent with send_message, to recipients. */
    private static final List<String> CATEGORIES = Arrays.stream(EventCategory.values())
            .filter(category -> category != EventCategory.MESSAGE).map(EventCategory::wireName).toList();
    private static final List<String> SEVERITIES = Arrays.stream(Severity.values()).map(Severity::wireName).toList();

    private final AgentContext context;

    LogEventTool(AgentContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "log_event";
    }

    @Override
    public String description() {
        return "Log an event to the project's shared log so that the other agents see it within a second: a "
                + "decision, a feature or fix done, an insight, a git action, an achievement, or a blocker. A blocker "
                + "needs blocked_by; blocking_tasks and severity say what it holds up and how badly. To end a "
                + "blocker, log category blocker_resolved with resolves_event_id set to the blocker's event id.";
    }

    @Override
    public ToolInput input() {
        return ToolInput.of(
                Parameter.oneOf("category", CATEGORIES, "What kind of event this is.").required(),
                Parameter.string("description", "What happened, in a sentence or two (at most 64 KiB).").required(),
                Parameter.string("impact", "What it changes for the other agents (optional, at most 4 KiB)."),
                Parameter.string("task_id", "The task it is about, e.g. TASK-4. A blocker without one is about the "
                        + "task this agent holds, if any."),
                Parameter.string("blocked_by", "For blockers only, and required for them: what blocks, e.g. "
                        + "'API rate limit' or a task id."),
                Parameter.strings("blocking_tasks", "For blockers only: the task ids that cannot proceed."),
                Parameter.oneOf("severity", SEVERITIES, "For blockers only: how badly it holds work up "
                        + "(default medium)."),
                Parameter.string("resolves_event_id", "For blocker_resolved only, and required for it: the event id "
                        + "of the blocker that is resolved (see active_blockers)."),
                Parameter.object("metadata", "Free-form JSON object stored with the event (strings, numbers, "
                        + "booleans, arrays and objects; at most 256 KiB)."));
    }

    @Override
    public Map<String, Object> outputSchema() {
        return Schemas.object(Map.of("event", Schemas.EVENT));
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public ToolResult call(Arguments arguments) {
        EventCategory category = EventCategory.parse(arguments.string("category"));
        NewEvent.Builder event = NewEvent.builder(category, arguments.string("description"))
                .metadata(arguments.object("metadata"));
        arguments.optionalString("impact").ifPresent(event::impact);
        arguments.optionalString("resolves_event_id").ifPresent(event::resolves);
        blocker(category, arguments).ifPresent(event::blocker);
        taskOf(category, arguments).ifPresent(event::taskId);
        Event stored = context.session().logger().log(event.build());
        return new ToolResult("Logged event #" + stored.sequence() + " (id " + stored.id() + ")",
                Map.of("event", JsonViews.event(stored)));
    }

    private static Optional<Blocker> blocker(EventCategory category, Arguments arguments) {
        Optional<String> blockedBy = arguments.optionalString("blocked_by");
        Optional<List<String>> blocking = arguments.optionalStrings("blocking_tasks");
        Optional<String> severity = arguments.optionalString("severity");
        if (category != EventCategory.BLOCKER) {
            if (blockedBy.isPresent() || blocking.isPresent() || severity.isPresent()) {
                throw new IllegalArgumentException(
                        "blocked_by, blocking_tasks and severity are only for category blocker, was " + category.wireName());
            }
            return Optional.empty();
        }
        String what = blockedBy.orElseThrow(
                () -> new IllegalArgumentException("blocked_by is required for category blocker"));
        return Optional.of(Blocker.of(what, severity.map(Severity::parse).orElse(Severity.MEDIUM),
                blocking.orElse(List.of())));
    }

    /** As on the command line: a blocker is about the task its agent is stuck on, unless told otherwise. */
    private Optional<String> taskOf(EventCategory category, Arguments arguments) {
        Optional<String> given = arguments.optionalString("task_id");
        if (given.isPresent() || category != EventCategory.BLOCKER) {
            return given;
        }
        return context.session().info().currentTask();
    }
}
