package ai.ginko.examples.bench;

/**
 * One benchmark event as a reader received it.
 *
 * @param index        the writer's running number of the event, from 0
 * @param sequence     the sequence the store gave it
 * @param latencyNanos receive time minus the writer's send time, both wall-clock epoch nanos on this machine
 */
record Delivery(long index, long sequence, long latencyNanos) {

    static final String KIND = "event";

    ChildMessage toMessage() {
        return new ChildMessage(KIND, index, sequence, latencyNanos);
    }

    static Delivery from(ChildMessage message) {
        message.expect(KIND);
        return new Delivery(message.longField(0), message.longField(1), message.longField(2));
    }
}
