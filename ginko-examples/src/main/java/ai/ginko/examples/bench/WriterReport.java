package ai.ginko.examples.bench;

/**
 * What the writer JVM reports when it is done.
 *
 * @param events            events logged
 * @param nanos             from the first event due to the last {@code log} call returned
 * @param logCall           how long its {@code log} calls took
 * @param writeTransactions write transactions its store ran while logging them, retries included
 * @param writeFloorMs      the p50 of a trivial write transaction from the writer's JVM (see {@link Floor#writeMs})
 */
record WriterReport(long events, long nanos, LatencySummary logCall, long writeTransactions, double writeFloorMs) {

    static final String KIND = "sent";

    double ratePerSecond() {
        return events / (nanos / 1e9);
    }

    double writeTransactionsPerLog() {
        return (double) writeTransactions / events;
    }

    ChildMessage toMessage() {
        return new ChildMessage(KIND, events, nanos, logCall.p50Ms(), logCall.p90Ms(), logCall.p99Ms(),
                logCall.maxMs(), writeTransactions, writeFloorMs);
    }

    static WriterReport from(ChildMessage message) {
        message.expect(KIND);
        return new WriterReport(message.longField(0), message.longField(1), new LatencySummary(
                Math.toIntExact(message.longField(0)), message.doubleField(2), message.doubleField(3),
                message.doubleField(4), message.doubleField(5)), message.longField(6), message.doubleField(7));
    }
}
