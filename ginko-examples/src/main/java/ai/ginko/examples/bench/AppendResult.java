package ai.ginko.examples.bench;

/**
 * @param writers         concurrent writers, each a thread
 * @param clients         clients they log through: one each, or one shared by all
 * @param events          events logged in all
 * @param seconds         from the common start to the last commit
 * @param eventsPerSecond events / seconds
 */
record AppendResult(int writers, int clients, int events, double seconds, double eventsPerSecond) {
}
