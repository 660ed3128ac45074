package ai.ginko.tools;

import ai.ginko.core.PathHold;
import ai.ginko.tools.views.JsonViews;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code check_paths}: who holds these concrete paths, and whether another agent holds one exclusively. */
final class CheckPathsTool implements Tool {

    private final AgentContext context;

    CheckPathsTool(AgentContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "check_paths";
    }

    @Override
    public String description() {
        return "Before writing files, check who holds them: every active reservation matching each path, and "
                + "blocked: true when another agent holds one of them exclusively (keep off those).";
    }

    @Override
    public ToolInput input() {
        return ToolInput.of(Parameter.strings("paths", "Concrete file paths relative to the repository's root "
                + "(at most 1000).").required());
    }

    @Override
    public Map<String, Object> outputSchema() {
        return Schemas.object(Schemas.ordered(
                "holds", Schemas.array(Schemas.object(Schemas.ordered(
                        "path", Schemas.STRING, "reservation", Schemas.RESERVATION))),
                "blocked", Schemas.BOOLEAN));
    }

    @Override
    public boolean readOnly() {
        return true;
    }

    @Override
    public ToolResult call(Arguments arguments) {
        List<PathHold> holds = context.client().holders(arguments.optionalStrings("paths")
                .orElseThrow(() -> new IllegalArgumentException("paths is required")));
        boolean blocked = holds.stream().anyMatch(hold -> hold.reservation().exclusive()
                && !hold.reservation().agentId().equals(context.agentId()));
        String summary = holds.isEmpty() ? "Nobody holds these paths." : (blocked
                ? "Blocked: another agent holds some of these paths exclusively.\n" : "Not blocked.\n")
                + holds.stream().map(hold -> "  " + hold.path() + ": " + hold.reservation().pattern() + " ("
                        + hold.reservation().mode() + ") of " + hold.reservation().agentId() + " ("
                        + hold.reservation().agentName() + ") until " + hold.reservation().expiresAt())
                        .collect(Collectors.joining("\n"));
        return new ToolResult(summary, Schemas.ordered(
                "holds", holds.stream().map(JsonViews::hold).toList(), "blocked", blocked));
    }
}
