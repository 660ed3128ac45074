package ai.ginko.core.internal;

import ai.ginko.core.Event;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A long-poll waiting for the first batch that reaches past its sequence. */
final class PollWaiter implements PollSink {

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
}
