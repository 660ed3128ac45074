package ai.ginko.tools;

import ai.ginko.core.Event;
import java.util.List;

/**
 * What one {@code wait_for_events} read found.
 *
 * @param events    the events returned, in sequence order
 * @param nextSince where the next read continues: the last sequence read, including events the category filter
 *                  passed over
 */
record Batch(List<Event> events, long nextSince) {

    Batch {
        events = List.copyOf(events);
    }
}
