package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import ai.ginko.core.paths.PathPattern;
import java.util.Collection;
import java.util.List;

/**
 * Which of its own reservations an agent renews or releases: all of them, those with these ids, or those of these
 * patterns (by text).
 *
 * @param kind   what {@code values} are
 * @param values the ids or pattern texts (at most {@value ReservationRequest#MAX_PATTERNS}); empty for
 *               {@link Kind#ALL}
 */
public record ReservationSelector(Kind kind, List<String> values) {

    public enum Kind { ALL, IDS, PATTERNS }

    public ReservationSelector {
        Checks.notNull(kind, "kind");
        Checks.notNull(values, "values");
        if (kind == Kind.ALL && !values.isEmpty()) {
            throw new IllegalArgumentException("values must be empty when selecting all, had " + values.size());
        }
        values = List.copyOf(values);
    }

    public static ReservationSelector all() {
        return new ReservationSelector(Kind.ALL, List.of());
    }

    /** The reservations with these ids (ids that name none of the agent's reservations select nothing). */
    public static ReservationSelector ids(Collection<String> ids) {
        return new ReservationSelector(Kind.IDS, Checks.idList(ids, "reservationIds"));
    }

    /** The reservations of these patterns, compared by text. */
    public static ReservationSelector patterns(Collection<String> patterns) {
        Checks.notNull(patterns, "patterns");
        if (patterns.size() > ReservationRequest.MAX_PATTERNS) {
            throw new IllegalArgumentException("patterns must have at most " + ReservationRequest.MAX_PATTERNS
                    + " entries, had " + patterns.size());
        }
        int index = 0;
        for (String pattern : patterns) {
            PathPattern.parse(pattern, "patterns[" + index++ + "]");
        }
        return new ReservationSelector(Kind.PATTERNS, List.copyOf(patterns));
    }

    public boolean selects(Reservation reservation) {
        return switch (kind) {
            case ALL -> true;
            case IDS -> values.contains(reservation.id());
            case PATTERNS -> values.contains(reservation.pattern().text());
        };
    }
}
