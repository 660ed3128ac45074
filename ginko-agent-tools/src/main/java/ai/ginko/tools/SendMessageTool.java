package ai.ginko.tools;

import ai.ginko.core.Importance;
import ai.ginko.core.Message;
import ai.ginko.core.MessageDraft;
import ai.ginko.tools.views.JsonViews;
import java.util.List;
import java.util.Map;

/** {@code send_message}: a message to named agents of the project, or to all of them. */
final class SendMessageTool implements Tool {

    private final AgentContext context;

    SendMessageTool(AgentContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "send_message";
    }

    @Override
    public String description() {
        return "Send a message to other agents of the project, by name or id (to), or to all of them "
                + "(broadcast: true): a review request, a question, a warning. It becomes an event of the shared "
                + "log and lands in each recipient's inbox (fetch_inbox). Fails naming a recipient that is not a "
                + "registered agent; nothing is sent then.";
    }

    @Override
    public ToolInput input() {
        return ToolInput.of(
                Parameter.strings("to", "The recipients: registered agent names or ids (at most 100)."),
                Parameter.bool("broadcast", "Send to every registered agent of the project but this one, "
                        + "instead of to."),
                Parameter.string("subject", "What it is about: one line, at most 200 characters.").required(),
                MessageArguments.body(),
                MessageArguments.importance("default normal"),
                MessageArguments.ackRequired("default false"),
                Parameter.string("task_id", "The task it is about, e.g. TASK-4."),
                Parameter.string("thread_id", "Continue this thread (the id of any of its messages)."));
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
        MessageDraft.Builder draft = arguments.bool("broadcast", false) ? MessageDraft.toAll()
                : MessageDraft.to(arguments.optionalStrings("to").orElse(List.of()));
        draft.subject(arguments.string("subject"));
        arguments.optionalString("body").ifPresent(draft::body);
        arguments.optionalString("importance").map(Importance::parse).ifPresent(draft::importance);
        draft.ackRequired(arguments.bool("ack_required", false));
        arguments.optionalString("task_id").ifPresent(draft::taskId);
        arguments.optionalString("thread_id").ifPresent(draft::threadId);
        Message sent = context.session().messages().send(draft.build());
        return new ToolResult("Sent message #" + sent.sequence() + " (id " + sent.id() + ") to "
                + String.join(", ", sent.to()), Schemas.ordered("message", JsonViews.message(sent)));
    }
}
