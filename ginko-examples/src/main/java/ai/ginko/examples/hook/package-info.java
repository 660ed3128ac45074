/**
 * {@code ginko hook}: Claude Code's hooks answered with the agent's news, an overview at session start, and a
 * decision before an edit of a file another agent holds; served by the session's {@code ginko mcp} process on a
 * loopback port, or by the command line when none runs.
 */
@NullMarked
package ai.ginko.examples.hook;

import org.jspecify.annotations.NullMarked;
