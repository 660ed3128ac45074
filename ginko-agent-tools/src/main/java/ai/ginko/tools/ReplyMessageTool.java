package ai.ginko.tools;

import ai.ginko.core.Importance;
import ai.ginko.core.Message;
import ai.ginko.core.ReplyDraft;
import ai.ginko.tools.views.JsonViews;
import java.util.Map;

/** {@code reply_message}: an answer in a message's thread. */
final class ReplyMessageTool implements Tool {

    private final AgentContext context;

    ReplyMessageTool(AgentContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "reply_message";
    }

    @Override
    public String description() {
        return "Reply to a message: in its thread, subject 'Re: …', to its sender unless to names others, with "
                + "the original's importance and acknowledgement flag unless given.";
    }

    @Override
    public ToolInput input() {
        return ToolInput.of(
                Parameter.string("message_id", "The message answered.").required(),
                MessageArguments.body(),
                Parameter.strings("to", "The recipients, by name or id; default the original's sender."),
                MessageArguments.importance("default the original's"),
                MessageArguments.ackRequired("default the original's"));
    }

    @Override
    public Map<String, Object> outputSchema() {
        return Schemas.object(Schemas.ordered("message", Schemas.MESSAGE));
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public ToolResult call(Arguments arguments) {
        ReplyDraft.Builder draft = ReplyDraft.builder();
        arguments.optionalString("body").ifPresent(draft::body);
        arguments.optionalStrings("to").ifPresent(draft::to);
        arguments.optionalString("importance").map(Importance::parse).ifPresent(draft::importance);
        arguments.optionalBool("ack_required").ifPresent(draft::ackRequired);
        Message sent = context.session().messages().reply(arguments.string("message_id"), draft.build());
        return new ToolResult("Replied with message #" + sent.sequence() + " (id " + sent.id() + ") to "
                + String.join(", ", sent.to()), Schemas.ordered("message", JsonViews.message(sent)));
    }
}
