package ai.ginko.core;

/** A blocker is resolved once: the event names a blocker that another event has already resolved. */
public class BlockerAlreadyResolvedException extends GinkoException {

    private static final long serialVersionUID = 1L;

    private final String blockerEventId;

    public BlockerAlreadyResolvedException(String blockerEventId, Scope scope) {
        super("resolvesEventId: blocker event '" + blockerEventId + "' in " + scope + " is already resolved");
        this.blockerEventId = blockerEventId;
    }

    public String blockerEventId() {
        return blockerEventId;
    }
}
