/**
 * The agents' coordination tools, defined once ({@code ai.ginko.tools}) for the MCP server and the LLM framework
 * bindings, and the views of the graph they share with the command line and the HTTP API
 * ({@code ai.ginko.tools.views}). No framework, no JSON library: the schemas and results are plain maps.
 */
module ai.ginko.tools {
    requires transitive ai.ginko.core;
    requires org.slf4j;
    requires static org.jspecify;

    exports ai.ginko.tools;
    exports ai.ginko.tools.views;
}
