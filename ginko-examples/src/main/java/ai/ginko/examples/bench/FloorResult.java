package ai.ginko.examples.bench;

/**
 * What Neo4j itself takes for the smallest round trips, measured in the same run as the figures read against it.
 *
 * @param readMs           p50 of {@code RETURN 1} in a managed read transaction ({@code executeRead}), in a
 *                         session with a bookmark manager, as the store runs its reads
 * @param readAutoCommitMs p50 of {@code RETURN 1} as one auto-commit query in such a session, the cheapest read
 *                         the driver offers
 * @param writeMs          p50 of a managed write transaction ({@code executeWrite}) that sets one property of one
 *                         node, as the store runs its writes
 */
record FloorResult(double readMs, double readAutoCommitMs, double writeMs) {
}
