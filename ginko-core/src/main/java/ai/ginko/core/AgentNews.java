package ai.ginko.core;

import java.util.Collection;
import java.util.Optional;

/**
 * The news of one agent: what happened since it was last shown anything, for entry points that put text into a
 * language model's context (Claude Code hooks, MCP tool results).
 *
 * <p>The news covers the events after the agent's news position, which the store keeps per agent: the events of
 * other agents and people (its own are left out; messages only when addressed to it), the blockers among them that
 * hold up a task it holds, the reservations among them that overlap its own, and, when one of those events may have
 * readied work, the tasks now ready for it. Taking news moves the position, so that
 * every process acting for the agent (its hook and its MCP server) shares it: each event is shown to the agent
 * once, and none is skipped.
 *
 * <p>Thread-safe, and safe across processes.
 */
public interface AgentNews {

    /**
     * The news since the agent's news position, which moves past it: a second call returns only what happened in
     * between. Of any number of concurrent callers for one agent, in any processes, each event goes to one.
     *
     * @return empty when nothing happened that concerns the agent (its own events are not news)
     * @throws UnknownAgentException when the agent is not registered
     */
    Optional<News> take();

    /**
     * {@link #take()} with the context of a hook: the files the agent just touched, so that another agent's
     * reservation among the events that covers one of them is an item of its own ({@link NewsItem.Kind#RESERVATION}).
     *
     * @param touchedPaths repository paths, relative to its root (see {@link ai.ginko.core.paths.RepositoryPath}); at
     *                     most {@value CoordinationClient#MAX_HOLDER_PATHS}
     */
    Optional<News> take(Collection<String> touchedPaths);
}
