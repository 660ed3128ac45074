package ai.ginko.core;

/** An id names no message of the client's scope (no event, or an event that is not a message). */
public class UnknownMessageException extends GinkoException {

    private static final long serialVersionUID = 1L;

    private final String messageId;

    public UnknownMessageException(String field, String messageId, Scope scope) {
        super(field + ": no message '" + messageId + "' in " + scope);
        this.messageId = messageId;
    }

    public String messageId() {
        return messageId;
    }
}
