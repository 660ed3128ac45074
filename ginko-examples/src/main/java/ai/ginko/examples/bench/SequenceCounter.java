package ai.ginko.examples.bench;

import ai.ginko.core.Event;
import ai.ginko.core.EventListener;

/**
 * A listener that checks order and completeness in constant memory, for runs too long to keep every delivery:
 * each event must be the next sequence and carry the next running number.
 */
final class SequenceCounter implements EventListener {

    private volatile long delivered;
    private volatile long lastSequence;
    private volatile long violations;

    SequenceCounter(long afterSequence) {
        this.lastSequence = afterSequence;
    }

    @Override
    @SuppressWarnings("NonAtomicVolatileUpdate") // one writer, as said below; volatile only for the readers
    public void onEvent(Event event) {
        // Called on one thread at a time (the subscription's), so the read-modify-writes below do not race.
        if (event.sequence() != lastSequence + 1 || BenchEvents.index(event) != delivered) {
            violations++;
        }
        lastSequence = event.sequence();
        delivered++;
    }

    long delivered() {
        return delivered;
    }

    long violations() {
        return violations;
    }
}
