package ai.ginko.tools;

import ai.ginko.core.Reservation;
import ai.ginko.core.ReservationSelector;
import ai.ginko.tools.views.JsonViews;
import java.util.List;
import java.util.Map;

/** {@code renew_reservations}: extends this agent's reservations, each from the later of now and its expiry. */
final class RenewReservationsTool implements Tool {

    private final AgentContext context;

    RenewReservationsTool(AgentContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "renew_reservations";
    }

    @Override
    public String description() {
        return "Extend your reservations (those with the given ids, or all) by ttl_seconds, each from the later of "
                + "now and its expiry, before they lapse while you still work on the paths.";
    }

    @Override
    public ToolInput input() {
        return ToolInput.of(
                Parameter.strings("reservation_ids", "The reservations to renew (default: all of yours)."),
                ReservationArguments.TTL_SECONDS);
    }

    @Override
    public Map<String, Object> outputSchema() {
        return Schemas.object(Map.of("renewed", Schemas.RESERVATIONS));
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public ToolResult call(Arguments arguments) {
        ReservationSelector selector = arguments.optionalStrings("reservation_ids").map(ReservationSelector::ids)
                .orElse(ReservationSelector.all());
        List<Reservation> renewed = context.session().reservations().renew(selector,
                ReservationArguments.ttl(arguments));
        String summary = renewed.isEmpty() ? "Nothing to renew." : "Renewed:\n" + ReservationArguments.lines(renewed);
        return new ToolResult(summary, Map.of("renewed", renewed.stream().map(JsonViews::reservation).toList()));
    }
}
