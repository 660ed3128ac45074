package ai.ginko.tools;

import ai.ginko.core.Reservation;
import ai.ginko.core.ReservationSelector;
import ai.ginko.tools.views.JsonViews;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code release_paths}: releases this agent's reservations by pattern, by id, or all; idempotent. */
final class ReleasePathsTool implements Tool {

    private final AgentContext context;

    ReleasePathsTool(AgentContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "release_paths";
    }

    @Override
    public String description() {
        return "Release your reservations once you are done with the paths: those of the given patterns (as "
                + "reserved), or with the given reservation ids, or all of them when neither is given. Releasing "
                + "what you do not hold releases nothing.";
    }

    @Override
    public ToolInput input() {
        return ToolInput.of(
                Parameter.strings("paths", "The patterns to release, as reserved."),
                Parameter.strings("reservation_ids", "The reservations to release, by id."));
    }

    @Override
    public Map<String, Object> outputSchema() {
        return Schemas.object(Map.of("released", Schemas.RESERVATIONS));
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public ToolResult call(Arguments arguments) {
        Optional<List<String>> paths = arguments.optionalStrings("paths");
        Optional<List<String>> ids = arguments.optionalStrings("reservation_ids");
        if (paths.isPresent() && ids.isPresent()) {
            throw new IllegalArgumentException("paths and reservation_ids: give one of them, or neither for all");
        }
        ReservationSelector selector = paths.map(ReservationSelector::patterns)
                .or(() -> ids.map(ReservationSelector::ids)).orElse(ReservationSelector.all());
        List<Reservation> released = context.session().reservations().release(selector);
        String summary = released.isEmpty() ? "Nothing to release."
                : "Released:\n" + ReservationArguments.lines(released);
        return new ToolResult(summary, Map.of("released", released.stream().map(JsonViews::reservation).toList()));
    }
}
