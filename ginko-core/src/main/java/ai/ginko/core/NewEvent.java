package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import ai.ginko.core.internal.Metadata;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An event to be logged: everything an {@link Event} has except what the store assigns (id, sequence, time) and
 * what the logger supplies (scope, agent, user). Validates in its constructor, so an invalid event never reaches
 * the store.
 *
 * <p>Rules: a description is not blank and at most 64 KiB in UTF-8; impact at most 4 KiB; metadata at most
 * 256 KiB as JSON, with values of type String, Boolean, Long, Double, List or Map (no nulls); a
 * {@link EventCategory#BLOCKER} event has a {@link Blocker} and no other category does; a
 * {@link EventCategory#BLOCKER_RESOLVED} event names the blocker event it resolves and no other category does.
 *
 * @param category        what kind of event
 * @param description     what happened
 * @param impact          optional note on its impact
 * @param metadata        free-form JSON-like data
 * @param blocker         present exactly when the category is {@link EventCategory#BLOCKER}
 * @param taskId          the task the event is about, if any
 * @param resolvesEventId present exactly when the category is {@link EventCategory#BLOCKER_RESOLVED}
 */
public record NewEvent(
        EventCategory category,
        String description,
        Optional<String> impact,
        Map<String, Object> metadata,
        Optional<Blocker> blocker,
        Optional<String> taskId,
        Optional<String> resolvesEventId) {

    public NewEvent {
        Checks.notNull(category, "category");
        Checks.text(description, "description", Checks.MAX_DESCRIPTION_BYTES);
        Checks.optionalText(impact, "impact", Checks.MAX_TEXT_BYTES);
        metadata = Metadata.normalize(metadata, "metadata");
        Checks.notNull(blocker, "blocker");
        Checks.optionalId(taskId, "taskId");
        Checks.optionalId(resolvesEventId, "resolvesEventId");
        EventRules.checkCategoryFields(category, blocker, resolvesEventId);
    }

    /** A plain event of this category. */
    public static NewEvent of(EventCategory category, String description) {
        return builder(category, description).build();
    }

    /** A {@link EventCategory#BLOCKER} event. */
    public static NewEvent blocker(String description, Blocker blocker) {
        return builder(EventCategory.BLOCKER, description).blocker(blocker).build();
    }

    /** A {@link EventCategory#BLOCKER_RESOLVED} event that ends the blocker logged as {@code blockerEventId}. */
    public static NewEvent resolution(String blockerEventId, String description) {
        return builder(EventCategory.BLOCKER_RESOLVED, description).resolves(blockerEventId).build();
    }

    public static Builder builder(EventCategory category, String description) {
        return new Builder(category, description);
    }

    /** Builds a {@link NewEvent}; not thread-safe. Validation happens in {@link #build()}. */
    public static final class Builder {
        private final EventCategory category;
        private final String description;
        private @Nullable String impact;
        private final Map<String, Object> metadata = new LinkedHashMap<>();
        private @Nullable Blocker blocker;
        private @Nullable String taskId;
        private @Nullable String resolvesEventId;

        private Builder(EventCategory category, String description) {
            this.category = category;
            this.description = description;
        }

        public Builder impact(String impact) {
            this.impact = Checks.notNull(impact, "impact");
            return this;
        }

        public Builder metadata(String key, Object value) {
            metadata.put(Checks.notNull(key, "metadata key"), Checks.notNull(value, "metadata." + key));
            return this;
        }

        public Builder metadata(Map<String, ?> entries) {
            Checks.notNull(entries, "metadata").forEach(this::metadata);
            return this;
        }

        public Builder blocker(Blocker blocker) {
            this.blocker = Checks.notNull(blocker, "blocker");
            return this;
        }

        public Builder taskId(String taskId) {
            this.taskId = Checks.notNull(taskId, "taskId");
            return this;
        }

        public Builder resolves(String blockerEventId) {
            this.resolvesEventId = Checks.notNull(blockerEventId, "resolvesEventId");
            return this;
        }

        public NewEvent build() {
            return new NewEvent(category, description, Optional.ofNullable(impact), metadata,
                    Optional.ofNullable(blocker), Optional.ofNullable(taskId), Optional.ofNullable(resolvesEventId));
        }
    }
}
