/**
 * {@code ginko setup}: writes ginko's MCP server entry (and Claude Code's hooks) into the configuration files of AI
 * coding clients, merging into what is there.
 */
@NullMarked
package ai.ginko.examples.setup;

import org.jspecify.annotations.NullMarked;
