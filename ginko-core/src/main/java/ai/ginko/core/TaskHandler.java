package ai.ginko.core;

/**
 * The work an {@link AgentWorker} does on each task it claims. How it ends decides what happens to the task:
 *
 * <ul>
 *   <li>it returns: the task is completed;
 *   <li>it throws {@link TaskBlockedException}: a blocker is logged for the task, which stays claimed by the agent
 *       (so that no other worker runs into the same wall), and the worker runs the handler on it again once the
 *       blocker is resolved;
 *   <li>it throws anything else: the task is released, ready for others; this worker leaves it alone for its retry
 *       delay.
 * </ul>
 *
 * <p>Called on the worker's own thread, one task at a time. When the worker is closed, a running handler gets
 * the worker's stop timeout to finish, then is interrupted.
 */
@FunctionalInterface
public interface TaskHandler {

    void work(ClaimedTask task) throws Exception;
}
