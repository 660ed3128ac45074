package ai.ginko.core;

import java.util.Locale;

/**
 * Where a defined task stands in its project's graph, judged by the database's clock.
 *
 * <p>In order of precedence: {@link #COMPLETED} once completed; {@link #IN_PROGRESS} while an online agent holds
 * it; {@link #WAITING} while any task it depends on is not completed; {@link #ASSIGNED} while it is assigned to an
 * online agent (ready for that agent only); {@link #READY} otherwise. A task whose holder went offline counts as
 * ready (or waiting, or assigned): the next claim takes it over.
 */
public enum TaskStatus {
    WAITING,
    READY,
    ASSIGNED,
    IN_PROGRESS,
    COMPLETED;

    /** {@code waiting}, {@code ready}, {@code assigned}, {@code in_progress}, {@code completed}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
