package ai.ginko.core;

import java.util.Optional;

/** The rules tying an event's category to its blocker and resolution fields; shared by {@link NewEvent} and {@link Event}. */
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
}
