package ai.ginko.core;

/**
 * A message names a recipient that is no agent of the project (neither an id nor a registered name), one that was
 * deregistered, or a name that several agents share. Nothing was sent.
 */
public class UnknownRecipientException extends GinkoException {

    private static final long serialVersionUID = 1L;

    private final String recipient;

    private UnknownRecipientException(String recipient, String message) {
        super(message);
        this.recipient = recipient;
    }

    public static UnknownRecipientException unknown(String recipient, Scope scope) {
        return new UnknownRecipientException(recipient,
                "to: no agent with id or name '" + recipient + "' is registered in " + scope);
    }

    public static UnknownRecipientException deregistered(String recipient, Scope scope) {
        return new UnknownRecipientException(recipient,
                "to: agent '" + recipient + "' was deregistered from " + scope + "; it cannot receive messages");
    }

    public static UnknownRecipientException ambiguous(String name, Iterable<String> agentIds, Scope scope) {
        return new UnknownRecipientException(name, "to: '" + name + "' is the name of several agents of " + scope
                + " (" + String.join(", ", agentIds) + "); name one by its id");
    }

    /** The recipient as the sender named it. */
    public String recipient() {
        return recipient;
    }
}
