/**
 * The MCP server of {@code ginko mcp}: the coordination tools of {@code ai.ginko.tools} served to an AI agent over
 * stdio.
 */
@NullMarked
package ai.ginko.examples.mcp;

import org.jspecify.annotations.NullMarked;
