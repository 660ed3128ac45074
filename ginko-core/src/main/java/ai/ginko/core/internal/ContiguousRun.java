package ai.ginko.core.internal;

import ai.ginko.core.Event;
import java.util.List;

/**
 * Trims a read of "events after n" to its gap-free head.
 *
 * <p>Why this is needed and sufficient: stores hand out sequences so that sequence order is commit order and no
 * number is skipped (the number is taken inside the appending transaction, under a lock held until commit; a
 * transaction that rolls back gives its number back). So every sequence up to the newest committed one belongs to
 * a committed event. A single read can still see a later event without an earlier one when the earlier commit
 * lands while the read is under way (read-committed isolation). Cutting the result at the first gap removes
 * exactly those events; the next read, which starts after the last sequence returned, picks them up in order.
 */
public final class ContiguousRun {

    private ContiguousRun() {
    }

    public static List<Event> after(long afterSequence, List<Event> ascending) {
        long expected = afterSequence + 1;
        int end = 0;
        while (end < ascending.size() && ascending.get(end).sequence() == expected) {
            expected++;
            end++;
        }
        return end == ascending.size() ? ascending : List.copyOf(ascending.subList(0, end));
    }
}
