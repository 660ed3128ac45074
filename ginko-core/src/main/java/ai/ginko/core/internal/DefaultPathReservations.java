package ai.ginko.core.internal;

import ai.ginko.core.PathReservations;
import ai.ginko.core.Reservation;
import ai.ginko.core.ReservationRequest;
import ai.ginko.core.ReservationResult;
import ai.ginko.core.ReservationSelector;
import java.time.Duration;
import java.util.List;

/** An agent's reservations, through its client. */
final class DefaultPathReservations implements PathReservations {

    private final DefaultCoordinationClient client;
    private final String agentId;

    DefaultPathReservations(DefaultCoordinationClient client, String agentId) {
        this.client = client;
        this.agentId = agentId;
    }

    @Override
    public ReservationResult reserve(ReservationRequest request) {
        Checks.notNull(request, "request");
        return client.reserve(agentId, request);
    }

    @Override
    public List<Reservation> renew(ReservationSelector selector, Duration extension) {
        Checks.notNull(selector, "selector");
        Checks.between(extension, ReservationRequest.MIN_TTL, ReservationRequest.MAX_TTL, "extension");
        return client.renewReservations(agentId, selector, extension);
    }

    @Override
    public List<Reservation> release(ReservationSelector selector) {
        Checks.notNull(selector, "selector");
        return client.releaseReservations(agentId, selector);
    }

    @Override
    public List<Reservation> mine() {
        return client.reservations().stream().filter(r -> r.agentId().equals(agentId)).toList();
    }
}
