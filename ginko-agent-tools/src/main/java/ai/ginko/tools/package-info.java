/**
 * The agents' coordination tools, defined once for every way an LLM agent calls them: {@link
 * ai.ginko.tools.GinkoTools#forAgent} lists them, each a {@link ai.ginko.tools.GinkoTool} with its name, description,
 * JSON Schemas and handler. The MCP server of {@code ginko mcp} and the framework bindings (LangChain4j, Spring AI)
 * are adapters over these.
 */
@NullMarked
package ai.ginko.tools;

import org.jspecify.annotations.NullMarked;
