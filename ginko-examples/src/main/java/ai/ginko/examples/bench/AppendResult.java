package ai.ginko.examples.bench;

/**
 * @param writers         concurrent writers, each a thread with its own client
 * @param events          events logged in all
 * @param seconds         from the common start to the last commit
 * @param eventsPerSecond events / seconds
 */
record AppendResult(int writers, int events, double seconds, double eventsPerSecond) {
}
