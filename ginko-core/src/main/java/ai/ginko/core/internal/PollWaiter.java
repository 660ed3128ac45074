package ai.ginko.core.internal;

import ai.ginko.core.Event;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A long-poll waiting for the first batch that reaches past its sequence, or for its client to close. */
final class PollWaiter implements PollSink, AutoCloseable {

    private final long afterSequence;
    private final CompletableFuture<List<Event>> arrived = new CompletableFuture<>();

    PollWaiter(long afterSequence) {
        this.afterSequence = afterSequence;
    }

    @Override
    public void accept(List<Event> batch) {
        if (batch.getLast().sequence() > afterSequence) {
            arrived.complete(batch);
        }
    }

    @Override
    public long requiredStart() {
        return afterSequence;
    }

    CompletableFuture<List<Event>> arrived() {
        return arrived;
    }

    /** The client closes: the wait ends at once, with an {@link IllegalStateException}. */
    @Override
    public void close() {
        arrived.completeExceptionally(new IllegalStateException("client is closed"));
    }
}
