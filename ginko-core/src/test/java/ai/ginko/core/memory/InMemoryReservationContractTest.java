package ai.ginko.core.memory;

import ai.ginko.core.ClientSettings;
import ai.ginko.core.CoordinationClient;
import ai.ginko.core.Scope;
import ai.ginko.core.contract.ReservationContract;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

class InMemoryReservationContractTest extends ReservationContract {

    private static final ShiftedClock CLOCK = new ShiftedClock();
    private static final InMemoryCoordination COORDINATION = new InMemoryCoordination(CLOCK);

    @Override
    protected CoordinationClient newClient(ClientSettings settings) {
        return COORDINATION.client(settings);
    }

    /** Moves the store's clock past the longest TTL; every scope of the class moves with it, which none minds. */
    @Override
    protected void expireReservations(Scope scope) {
        CLOCK.shift(Duration.ofDays(2));
    }

    /** The system clock, plus what the tests added. */
    private static final class ShiftedClock extends Clock {
        private volatile Duration shift = Duration.ZERO;

        void shift(Duration by) {
            shift = shift.plus(by);
        }

        @Override
        public Instant instant() {
            return Clock.systemUTC().instant().plus(shift);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the store reads instants only");
        }
    }
}
