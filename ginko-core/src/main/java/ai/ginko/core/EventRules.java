package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.util.Optional;

/**
 * The rules tying an event's category to its blocker, resolution and message fields; shared by {@link NewEvent} and
 * {@link Event}.
 */
final class EventRules {

    private EventRules() {
    }

    static void checkCategoryFields(EventCategory category, Optional<Blocker> blocker, Optional<String> resolves) {
        if (blocker.isPresent() != (category == EventCategory.BLOCKER)) {
            throw new IllegalArgumentException("blocker must be present exactly when category is blocker, "
                    + "was " + (blocker.isPresent() ? "present" : "absent") + " for category " + category.wireName());
        }
        if (resolves.isPresent() != (category == EventCategory.BLOCKER_RESOLVED)) {
            throw new IllegalArgumentException("resolvesEventId must be present exactly when category is "
                    + "blocker_resolved, was " + (resolves.isPresent() ? "present" : "absent")
                    + " for category " + category.wireName());
        }
    }

    static void checkMessageFields(EventCategory category, Optional<MessageHeader> message,
            Optional<String> agentId) {
        Checks.notNull(message, "message");
        if (message.isPresent() != (category == EventCategory.MESSAGE)) {
            throw new IllegalArgumentException("message must be present exactly when category is message, was "
                    + (message.isPresent() ? "present" : "absent") + " for category " + category.wireName());
        }
        if (message.isPresent() && agentId.isEmpty()) {
            throw new IllegalArgumentException("agentId must be present for a message: agents send messages");
        }
    }
}
