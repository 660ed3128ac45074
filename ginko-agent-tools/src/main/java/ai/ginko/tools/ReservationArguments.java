package ai.ginko.tools;

import ai.ginko.core.Reservation;
import ai.ginko.core.ReservationRequest;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** What the reservation tools share: the TTL argument and how a list of reservations reads as text. */
final class ReservationArguments {

    static final Parameter TTL_SECONDS = Parameter.integer("ttl_seconds", ReservationRequest.MIN_TTL.toSeconds(),
            ReservationRequest.MAX_TTL.toSeconds(), "How long, in seconds: 60 to 86400 (default 3600, an hour).");

    private ReservationArguments() {
    }

    static Duration ttl(Arguments arguments) {
        return Duration.ofSeconds(arguments.optionalLong("ttl_seconds").orElse(ReservationRequest.DEFAULT_TTL
                .toSeconds()));
    }

    static String lines(List<Reservation> reservations) {
        return reservations.stream().map(r -> "  " + r.pattern() + " (" + r.mode() + ") by " + r.agentId() + " ("
                + r.agentName() + ") until " + r.expiresAt() + ", id " + r.id()).collect(Collectors.joining("\n"));
    }
}
