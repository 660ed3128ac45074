package ai.ginko.core.spi;

import ai.ginko.core.NewEvent;
import ai.ginko.core.internal.Checks;
import java.util.Optional;

/**
 * An event on its way to a {@link CoordinationStore}: what the caller said, plus who says it.
 *
 * @param event   the validated event
 * @param agentId the logging agent, absent for a human
 * @param userId  the user on whose behalf it is logged
 */
public record EventDraft(NewEvent event, Optional<String> agentId, String userId) {

    public EventDraft {
        Checks.notNull(event, "event");
        Checks.optionalId(agentId, "agentId");
        Checks.id(userId, "userId");
    }
}
