package ai.ginko.neo4j.internal;

/**
 * A node read while another transaction's commit was still being applied to it: a property that every write of the
 * node sets together with one the reader sees is missing (a task {@code claimed} without its {@code claimed_at}).
 *
 * <p>Neo4j reads at read-committed without taking locks, and a commit applies its changes to the store record by
 * record (a property added to a node lands in a property record that the node's chain links to, which may be
 * written after the records already in the chain are updated). For a moment, then, a lock-free reader can follow a
 * chain that has some of the commit's properties and not the others. The task-graph benchmark met it once: eight
 * workers reading the claimable tasks while the others claimed them, one read found a claimed task without its
 * claim time. The window closes when that commit is applied, so the mappers throw this and {@link WholeReads} runs
 * the read again. Reads under a write lock never see it: the lock is released only after the commit is applied.
 */
final class TornRead extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TornRead(String label, String property) {
        super("a " + label + " node without its '" + property + "' property", null, false, false);
    }
}
