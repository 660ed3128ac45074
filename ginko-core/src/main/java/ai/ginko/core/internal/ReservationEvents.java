package ai.ginko.core.internal;

import ai.ginko.core.EventCategory;
import ai.ginko.core.NewEvent;
import ai.ginko.core.Reservation;
import java.util.List;

/**
 * The RESERVATION events that grants, renewals and releases log, worded the same by every store. The metadata
 * carries the {@code action} and, aligned by index, the {@code reservation_ids}, {@code patterns} and
 * {@code expires_at} (ISO-8601) of the reservations concerned; a grant adds {@code exclusive}, the {@code reason}
 * when given, and the ids of the inactive reservations it {@code superseded}.
 */
public final class ReservationEvents {

    public static final String ACTION = "action";
    public static final String GRANTED = "granted";
    public static final String RENEWED = "renewed";
    public static final String RELEASED = "released";

    /** How many patterns a description names before it says how many more there are. */
    private static final int NAMED_IN_DESCRIPTION = 5;

    private ReservationEvents() {
    }

    /** A grant of one or more reservations together (same mode, reason and expiry). */
    public static NewEvent granted(List<Reservation> granted, List<Reservation> superseded) {
        Reservation first = granted.getFirst();
        NewEvent.Builder builder = builder("reserved " + named(granted) + " (" + first.mode() + ", until "
                + first.expiresAt() + ")", GRANTED, granted)
                .metadata("exclusive", first.exclusive())
                .metadata("superseded", superseded.stream().map(Reservation::id).toList());
        first.reason().ifPresent(reason -> builder.metadata("reason", reason));
        return builder.build();
    }

    public static NewEvent renewed(List<Reservation> renewed) {
        return builder("renewed " + named(renewed) + " (until " + renewed.getFirst().expiresAt() + ")", RENEWED,
                renewed).build();
    }

    public static NewEvent released(List<Reservation> released) {
        return builder("released " + named(released), RELEASED, released).build();
    }

    private static NewEvent.Builder builder(String description, String action, List<Reservation> reservations) {
        return NewEvent.builder(EventCategory.RESERVATION, description)
                .metadata(ACTION, action)
                .metadata("reservation_ids", reservations.stream().map(Reservation::id).toList())
                .metadata("patterns", reservations.stream().map(r -> r.pattern().text()).toList())
                .metadata("expires_at", reservations.stream().map(r -> r.expiresAt().toString()).toList());
    }

    private static String named(List<Reservation> reservations) {
        List<String> patterns = reservations.stream().map(r -> r.pattern().text()).toList();
        String named = String.join(", ", patterns.subList(0, Math.min(patterns.size(), NAMED_IN_DESCRIPTION)));
        return patterns.size() > NAMED_IN_DESCRIPTION
                ? named + " and " + (patterns.size() - NAMED_IN_DESCRIPTION) + " more" : named;
    }
}
