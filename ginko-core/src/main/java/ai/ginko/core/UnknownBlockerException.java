package ai.ginko.core;

/** A resolution named a blocker event that does not exist in the client's scope, or is not a blocker. */
public class UnknownBlockerException extends GinkoException {

    private static final long serialVersionUID = 1L;

    public UnknownBlockerException(String eventId, Scope scope) {
        super("resolvesEventId: no blocker event '" + eventId + "' in " + scope);
    }
}
