package ai.ginko.core.internal;

import ai.ginko.core.Reservation;
import ai.ginko.core.ReservationConflict;
import ai.ginko.core.ReservationRequest;
import ai.ginko.core.paths.PathPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The decision on a reservation request, the same in every store, made under the store's reservation lock from
 * every stored reservation of the scope: the conflicts with other agents' active reservations (the request is
 * refused when there is any), and the other agents' inactive reservations it overlaps, which a grant releases.
 *
 * <p>Releasing those keeps an invariant that makes renewal and a holder's return safe without another check: no
 * two stored reservations of different agents conflict. A grant checks every stored reservation; an active one that
 * conflicts refuses it, an inactive one that conflicts is released with it. So a holder that comes back online, or
 * renews an expired reservation, never finds another agent's reservation overlapping its own.
 *
 * @param conflicts  every (requested pattern, active reservation of another agent) pair that conflicts, in request
 *                   order
 * @param superseded the inactive reservations of other agents that a grant releases
 */
public record ReservationPlan(List<ReservationConflict> conflicts, List<Reservation> superseded) {

    public ReservationPlan {
        conflicts = List.copyOf(conflicts);
        superseded = List.copyOf(superseded);
    }

    /**
     * The plan of {@code agentId}'s request against the scope's stored reservations.
     *
     * @param agentId the requesting agent
     * @param stored  every stored reservation of the scope
     * @param active  whether a stored reservation is active now (not expired, holder online), by the store's clock
     */
    public static ReservationPlan of(String agentId, ReservationRequest request, List<Reservation> stored,
            Predicate<Reservation> active) {
        List<ReservationConflict> conflicts = new ArrayList<>();
        Map<String, Reservation> superseded = new LinkedHashMap<>();
        for (PathPattern requested : request.patterns()) {
            for (Reservation held : stored) {
                if (held.agentId().equals(agentId) || !held.conflictsWith(requested, request.exclusive())) {
                    continue;
                }
                if (active.test(held)) {
                    conflicts.add(new ReservationConflict(requested, held));
                } else {
                    superseded.put(held.id(), held);
                }
            }
        }
        return new ReservationPlan(conflicts, List.copyOf(superseded.values()));
    }

    public boolean granted() {
        return conflicts.isEmpty();
    }
}
