/**
 * The views of the graph that the agent tools, the command line and the HTTP API share: the JSON shapes (ordered
 * maps) and the text of {@code ginko agent status}.
 */
@NullMarked
package ai.ginko.tools.views;

import org.jspecify.annotations.NullMarked;
