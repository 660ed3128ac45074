package ai.ginko.core;

/** Where a claimed task stands. A released task has no claim at all. */
public enum TaskState {
    /** An agent holds the task and works on it. */
    CLAIMED,
    /** The holder finished the task; it can no longer be claimed. */
    COMPLETED
}
