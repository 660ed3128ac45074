package ai.ginko.core;

import ai.ginko.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A reply to a message ({@link Mailbox#reply}). It goes to the same thread, with the original's subject prefixed
 * {@code Re: } once; to the original's sender unless {@code to} says otherwise; with the original's importance and
 * acknowledgement flag unless set here.
 *
 * @param body        its text (Markdown), at most 64 KiB in UTF-8
 * @param to          the recipients by id or registered name; empty for the original's sender (for the
 *                    original's recipients when replying to one's own message)
 * @param importance  absent to keep the original's
 * @param ackRequired absent to keep the original's
 */
public record ReplyDraft(Optional<String> body, List<String> to, Optional<Importance> importance,
        Optional<Boolean> ackRequired) {

    public ReplyDraft {
        Checks.optionalText(body, "body", MessageDraft.MAX_BODY_BYTES);
        Checks.notNull(to, "to");
        if (to.size() > MessageDraft.MAX_RECIPIENTS) {
            throw new IllegalArgumentException(
                    "to must have at most " + MessageDraft.MAX_RECIPIENTS + " recipients, had " + to.size());
        }
        to = Checks.idList(to, "to");
        Checks.notNull(importance, "importance");
        Checks.notNull(ackRequired, "ackRequired");
    }

    /** A reply with this body to the original's sender, inheriting the rest. */
    public static ReplyDraft withBody(String body) {
        return builder().body(body).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReplyDraft}; not thread-safe. Validation happens in {@link #build()}. */
    public static final class Builder {
        private @Nullable String body;
        private final List<String> to = new ArrayList<>();
        private @Nullable Importance importance;
        private @Nullable Boolean ackRequired;

        private Builder() {
        }

        public Builder body(String body) {
            this.body = Checks.notNull(body, "body");
            return this;
        }

        public Builder to(Collection<String> recipients) {
            to.addAll(Checks.notNull(recipients, "to"));
            return this;
        }

        public Builder importance(Importance importance) {
            this.importance = Checks.notNull(importance, "importance");
            return this;
        }

        public Builder ackRequired(boolean ackRequired) {
            this.ackRequired = ackRequired;
            return this;
        }

        public ReplyDraft build() {
            return new ReplyDraft(Optional.ofNullable(body), to, Optional.ofNullable(importance),
                    Optional.ofNullable(ackRequired));
        }
    }
}
