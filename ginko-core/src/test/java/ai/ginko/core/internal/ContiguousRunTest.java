package ai.ginko.core.internal;

import static ai.ginko.core.TestEvents.event;
import static ai.ginko.core.TestEvents.events;
import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContiguousRunTest {

    @Test
    void anEmptyReadStaysEmpty() {
        assertThat(ContiguousRun.after(5, List.of())).isEmpty();
    }

    @Test
    void aGapFreeReadIsKeptWhole() {
        assertThat(ContiguousRun.after(2, events(3, 6))).isEqualTo(events(3, 6));
    }

    @Test
    void aReadIsCutAtItsFirstGap() {
        List<Event> read = List.of(event(3), event(4), event(6), event(7));

        assertThat(ContiguousRun.after(2, read)).containsExactly(event(3), event(4));
    }

    @Test
    void aReadNotStartingRightAfterTheSequenceGivesNothing() {
        assertThat(ContiguousRun.after(2, events(4, 5))).isEmpty();
    }

    @Test
    void theCutIsImmutable() {
        List<Event> cut = ContiguousRun.after(0, List.of(event(1), event(3)));

        assertThat(cut).containsExactly(event(1));
        assertThat(cut).isUnmodifiable();
    }
}
