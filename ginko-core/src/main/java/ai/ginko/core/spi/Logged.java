package ai.ginko.core.spi;

import ai.ginko.core.Event;
import ai.ginko.core.internal.Checks;
import java.util.Optional;

/**
 * The result of a store operation together with the event it logged in the same transaction, if it logged one
 * (a claim that changed the holder, a completion, a release; not a lost or repeated claim).
 *
 * @param result what the operation returns
 * @param event  the TASK event written with it
 */
public record Logged<T>(T result, Optional<Event> event) {

    public Logged {
        Checks.notNull(result, "result");
        Checks.notNull(event, "event");
    }
}
