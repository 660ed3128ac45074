package ai.ginko.examples.bench;

/**
 * @param subscribers    subscriptions on the one client
 * @param queries        queries its poller sent in the window
 * @param seconds        the window
 * @param queriesPerSecond queries / seconds
 */
record IdleResult(int subscribers, long queries, double seconds, double queriesPerSecond) {
}
