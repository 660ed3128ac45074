package ai.ginko.tools;

import ai.ginko.core.Receipt;
import ai.ginko.tools.views.JsonViews;
import java.util.List;
import java.util.Map;

/** {@code mark_read} and {@code acknowledge_message}: one class, as the two differ only in what they mark. */
final class MarkMessagesTool implements Tool {

    private final AgentContext context;
    private final boolean acknowledge;

    private MarkMessagesTool(AgentContext context, boolean acknowledge) {
        this.context = context;
        this.acknowledge = acknowledge;
    }

    static MarkMessagesTool markRead(AgentContext context) {
        return new MarkMessagesTool(context, false);
    }

    static MarkMessagesTool acknowledge(AgentContext context) {
        return new MarkMessagesTool(context, true);
    }

    @Override
    public String name() {
        return acknowledge ? "acknowledge_message" : "mark_read";
    }

    @Override
    public String description() {
        return acknowledge
                ? "Acknowledge messages addressed to this agent (and mark them read): tells their senders it has "
                        + "taken them in. Idempotent: a second call returns the first time."
                : "Mark messages addressed to this agent read. Idempotent: a second call returns the first time. "
                        + "All or none: an id of no message, or of one not addressed to this agent, fails the call.";
    }

    @Override
    public ToolInput input() {
        return ToolInput.of(MessageArguments.messageIds());
    }

    @Override
    public Map<String, Object> outputSchema() {
        return Schemas.object(Schemas.ordered("receipts", Schemas.array(Schemas.RECEIPT)));
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public ToolResult call(Arguments arguments) {
        List<String> ids = arguments.optionalStrings("message_ids").orElseThrow();
        List<Receipt> receipts = acknowledge ? context.session().messages().acknowledge(ids)
                : context.session().messages().markRead(ids);
        return new ToolResult((acknowledge ? "Acknowledged " : "Marked read ") + receipts.size() + " message(s)",
                Schemas.ordered("receipts", receipts.stream().map(JsonViews::receipt).toList()));
    }
}
