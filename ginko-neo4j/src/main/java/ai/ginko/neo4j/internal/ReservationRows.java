package ai.ginko.neo4j.internal;

import ai.ginko.core.Reservation;
import ai.ginko.core.paths.PathPattern;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * Reservations as read by {@link Cypher#STORED_RESERVATIONS}, with which of them are active at the database's
 * time; and the parameters that write one.
 */
final class ReservationRows {

    private final List<Reservation> all;
    private final Set<String> active;

    private ReservationRows(List<Reservation> all, Set<String> active) {
        this.all = all;
        this.active = active;
    }

    static ReservationRows of(List<Record> rows, Duration offlineAfter) {
        Set<String> active = new HashSet<>();
        List<Reservation> all = rows.stream().map(row -> {
            Reservation reservation = reservation(row.get("r").asNode(), row.get("holderName").asString());
            Instant now = GraphMapper.instant(row, "now");
            if (reservation.expiresAt().isAfter(now) && TaskRows.online(row.get("holderHeartbeat"),
                    row.get("holderDeregistered").asBoolean(), now, offlineAfter)) {
                active.add(reservation.id());
            }
            return reservation;
        }).toList();
        return new ReservationRows(all, active);
    }

    List<Reservation> all() {
        return all;
    }

    boolean active(Reservation reservation) {
        return active.contains(reservation.id());
    }

    List<Reservation> activeOnly() {
        return all.stream().filter(this::active).toList();
    }

    private static Reservation reservation(Node node, String holderName) {
        Value reason = node.get("reason");
        return new Reservation(node.get("reservation_id").asString(), node.get("agent_id").asString(), holderName,
                PathPattern.parse(node.get("pattern").asString()),
                GraphMapper.required(node, "exclusive").asBoolean(),
                reason.isNull() ? Optional.empty() : Optional.of(reason.asString()),
                GraphMapper.instant(node, "granted_at"), GraphMapper.instant(node, "expires_at"));
    }

    /** The parameters of {@link Cypher#CREATE_RESERVATIONS} for one reservation. */
    static Map<String, Object> parameters(Reservation reservation) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", reservation.id());
        row.put("pattern", reservation.pattern().text());
        row.put("exclusive", reservation.exclusive());
        row.put("reason", reservation.reason().orElse(null));
        row.put("grantedAt", time(reservation.grantedAt()));
        row.put("expiresAt", time(reservation.expiresAt()));
        return row;
    }

    /** An instant as the driver writes it: a DateTime in UTC, as {@code datetime()} gives. */
    static ZonedDateTime time(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
