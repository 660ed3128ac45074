package ai.ginko.core;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link ClientMetrics} that record what they are told, for tests of the places that tell them. */
public final class RecordingMetrics implements ClientMetrics {

    public final List<Long> polled = new CopyOnWriteArrayList<>();
    public final AtomicInteger pollFailures = new AtomicInteger();
    public final List<Long> delivered = new CopyOnWriteArrayList<>();
    public final AtomicInteger overflows = new AtomicInteger();
    public final List<String> won = new CopyOnWriteArrayList<>();
    public final List<String> lost = new CopyOnWriteArrayList<>();

    @Override
    public void polled(List<Event> batch) {
        batch.forEach(event -> polled.add(event.sequence()));
    }

    @Override
    public void pollFailed(Throwable failure) {
        pollFailures.incrementAndGet();
    }

    @Override
    public void delivered(Event event) {
        delivered.add(event.sequence());
    }

    @Override
    public void subscriberOverflowed() {
        overflows.incrementAndGet();
    }

    @Override
    public void claimWon(String taskId) {
        won.add(taskId);
    }

    @Override
    public void claimLost(String taskId) {
        lost.add(taskId);
    }
}
