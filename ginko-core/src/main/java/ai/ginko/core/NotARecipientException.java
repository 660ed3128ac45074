package ai.ginko.core;

/** Only a recipient of a message may mark it read or acknowledge it. Nothing was marked. */
public class NotARecipientException extends GinkoException {

    private static final long serialVersionUID = 1L;

    public NotARecipientException(String messageId, String agentId) {
        super("messageIds: agent '" + agentId + "' is not a recipient of message '" + messageId + "'");
    }
}
