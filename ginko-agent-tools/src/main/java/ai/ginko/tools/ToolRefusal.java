package ai.ginko.tools;

/**
 * The store refused what a tool asked for in a way the library reports as a result rather than an exception (a
 * task held by another agent, or already completed); the tool answers it as an error naming the reason.
 */
final class ToolRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ToolRefusal(String message) {
        super(message);
    }
}
