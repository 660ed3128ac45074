package ai.ginko.examples.bench;

/**
 * What the fleet JVM reports when every client has received every event.
 *
 * @param clients clients in the fleet, each with its own driver
 * @param events  events each client received, every one exactly once and in order
 * @param latency log-to-listener latency over all deliveries to all clients
 * @param idle    the window before the writer started: every query is an idle poll
 * @param active  the window while the writer logged
 */
record FleetReport(int clients, long events, LatencySummary latency, FleetWindow idle, FleetWindow active) {

    static final String KIND = "fleet";

    ChildMessage toMessage() {
        return new ChildMessage(KIND, clients, events, latency.count(), latency.p50Ms(), latency.p90Ms(),
                latency.p99Ms(), latency.maxMs(), idle.queries(), idle.nanos(), idle.cpuNanos(), active.queries(),
                active.nanos(), active.cpuNanos());
    }

    static FleetReport from(ChildMessage message) {
        message.expect(KIND);
        return new FleetReport(Math.toIntExact(message.longField(0)), message.longField(1),
                new LatencySummary(Math.toIntExact(message.longField(2)), message.doubleField(3),
                        message.doubleField(4), message.doubleField(5), message.doubleField(6)),
                new FleetWindow(message.longField(7), message.longField(8), message.longField(9)),
                new FleetWindow(message.longField(10), message.longField(11), message.longField(12)));
    }
}
