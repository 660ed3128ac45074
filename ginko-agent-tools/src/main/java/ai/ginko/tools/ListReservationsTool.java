package ai.ginko.tools;

import ai.ginko.core.Reservation;
import ai.ginko.tools.views.JsonViews;
import java.util.List;
import java.util.Map;

/** {@code list_reservations}: the project's active reservations. */
final class ListReservationsTool implements Tool {

    private final AgentContext context;

    ListReservationsTool(AgentContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "list_reservations";
    }

    @Override
    public String description() {
        return "List the project's active path reservations (pattern, holder, exclusive or shared, expiry); "
                + "only_mine for your own.";
    }

    @Override
    public ToolInput input() {
        return ToolInput.of(Parameter.bool("only_mine", "Only this agent's reservations (default false)."));
    }

    @Override
    public Map<String, Object> outputSchema() {
        return Schemas.object(Map.of("reservations", Schemas.RESERVATIONS));
    }

    @Override
    public boolean readOnly() {
        return true;
    }

    @Override
    public ToolResult call(Arguments arguments) {
        List<Reservation> reservations = arguments.bool("only_mine", false)
                ? context.session().reservations().mine() : context.client().reservations();
        String summary = reservations.isEmpty() ? "No active reservations."
                : "Reservations (" + reservations.size() + "):\n" + ReservationArguments.lines(reservations);
        return new ToolResult(summary,
                Map.of("reservations", reservations.stream().map(JsonViews::reservation).toList()));
    }
}
