package ai.ginko.tools;

import ai.ginko.core.InboxQuery;
import ai.ginko.core.Message;
import ai.ginko.tools.views.JsonViews;
import java.util.List;
import java.util.Map;

/** {@code fetch_inbox}: the messages addressed to this agent; reading marks nothing read. */
final class FetchInboxTool implements Tool {

    private static final int DEFAULT_LIMIT = 20;

    private final AgentContext context;

    FetchInboxTool(AgentContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "fetch_inbox";
    }

    @Override
    public String description() {
        return "The messages addressed to this agent (by name or broadcast), newest first; with since, the ones "
                + "after that sequence, oldest first. Reading marks nothing read: call mark_read, or "
                + "acknowledge_message for those with ack_required.";
    }

    @Override
    public ToolInput input() {
        return ToolInput.of(
                Parameter.bool("unread_only", "Only messages not marked read."),
                Parameter.integer("since", 0, Long.MAX_VALUE, "Oldest first, after this sequence."),
                Parameter.string("thread_id", "Only the messages of this thread."),
                Parameter.integer("limit", 1, 1000, "At most this many (default " + DEFAULT_LIMIT + ")."));
    }

    @Override
    public Map<String, Object> outputSchema() {
        return Schemas.object(Schemas.ordered("messages", Schemas.array(Schemas.MESSAGE)));
    }

    @Override
    public boolean readOnly() {
        return true;
    }

    @Override
    public ToolResult call(Arguments arguments) {
        InboxQuery.Builder query = InboxQuery.builder()
                .limit(arguments.optionalLong("limit").map(Long::intValue).orElse(DEFAULT_LIMIT));
        if (arguments.bool("unread_only", false)) {
            query.unreadOnly();
        }
        arguments.optionalLong("since").ifPresent(query::afterSequence);
        arguments.optionalString("thread_id").ifPresent(query::threadId);
        List<Message> messages = context.session().messages().inbox(query.build());
        StringBuilder text = new StringBuilder(messages.size() + " message(s)");
        messages.forEach(m -> text.append("\n#").append(m.sequence()).append(' ').append(m.id()).append(" from ")
                .append(m.from()).append(m.readAt().isPresent() ? "" : " (unread)").append(": ")
                .append(m.subject()));
        return new ToolResult(text.toString(),
                Schemas.ordered("messages", messages.stream().map(JsonViews::message).toList()));
    }
}
