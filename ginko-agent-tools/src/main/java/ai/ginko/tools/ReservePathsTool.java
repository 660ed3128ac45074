package ai.ginko.tools;

import ai.ginko.core.ReservationConflict;
import ai.ginko.core.ReservationRequest;
import ai.ginko.core.ReservationResult;
import ai.ginko.tools.views.JsonViews;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code reserve_paths}: reserves path patterns for this agent, all or none. A refusal is a normal result
 * ({@code granted: false} with every conflict), not an error: the agent is expected to act on it.
 */
final class ReservePathsTool implements Tool {

    private final AgentContext context;

    ReservePathsTool(AgentContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "reserve_paths";
    }

    @Override
    public String description() {
        return "Reserve paths of the repository before editing them, so that other agents keep off (and you off "
                + "theirs). All or none: refused when another agent holds an overlapping reservation (exclusive on "
                + "either side), listing every conflict. Patterns are relative globs: * and ? within a segment, "
                + "** across segments, [a-z], a final / for everything below a directory.";
    }

    @Override
    public ToolInput input() {
        return ToolInput.of(
                Parameter.strings("paths", "Path patterns, e.g. [\"src/api/**\", \"docs/\"] (1 to 100).")
                        .required(),
                ReservationArguments.TTL_SECONDS,
                Parameter.bool("exclusive", "Exclusive (default true); false for shared, which conflicts only with "
                        + "exclusive reservations."),
                Parameter.string("reason", "What you are doing there, for the others."));
    }

    @Override
    public Map<String, Object> outputSchema() {
        return Schemas.object(Schemas.ordered(
                "granted", Schemas.BOOLEAN,
                "reservations", Schemas.RESERVATIONS,
                "conflicts", Schemas.array(Schemas.object(Schemas.ordered(
                        "requested", Schemas.STRING, "held", Schemas.RESERVATION)))));
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public ToolResult call(Arguments arguments) {
        ReservationRequest.Builder builder = ReservationRequest.builder(arguments.optionalStrings("paths")
                        .orElseThrow(() -> new IllegalArgumentException("paths is required")))
                .ttl(ReservationArguments.ttl(arguments)).exclusive(arguments.bool("exclusive", true));
        arguments.optionalString("reason").ifPresent(builder::reason);
        ReservationResult result = context.session().reservations().reserve(builder.build());
        String summary = result.granted()
                ? "Reserved:\n" + ReservationArguments.lines(result.reservations())
                : "Refused, nothing reserved:\n" + result.conflicts().stream().map(ReservePathsTool::line)
                        .collect(Collectors.joining("\n"));
        return new ToolResult(summary, Schemas.ordered(
                "granted", result.granted(),
                "reservations", result.reservations().stream().map(JsonViews::reservation).toList(),
                "conflicts", result.conflicts().stream().map(JsonViews::conflict).toList()));
    }

    private static String line(ReservationConflict conflict) {
        return "  " + conflict.requested() + " conflicts with " + conflict.held().pattern() + " ("
                + conflict.held().mode() + ") of " + conflict.held().agentId() + " (" + conflict.held().agentName()
                + ") until " + conflict.held().expiresAt();
    }
}
