package ai.ginko.langchain4j;

import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.tools.GinkoTool;
import ai.ginko.tools.GinkoTools;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.service.tool.ToolExecutor;
import dev.langchain4j.service.tool.ToolProvider;
import dev.langchain4j.service.tool.ToolProviderRequest;
import dev.langchain4j.service.tool.ToolProviderResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The coordination tools of one agent session ({@link GinkoTools#forAgent}) as LangChain4j tools: give it to
 * {@code AiServices.builder(...).toolProvider(...)}, or its {@link #tools()} to {@code .tools(...)}.
 *
 * <p>Each tool is the shared definition: its name, its description and its input JSON Schema make the
 * {@link ToolSpecification}, and its handler runs the call. What the model did wrong (bad arguments, a task another
 * agent holds) comes back to the model as the tool's result, marked as an error, so that the tool loop carries on
 * and the model can correct itself.
 *
 * <p>Thread-safe; the tools stay valid while the session is open.
 */
public final class GinkoToolProvider implements ToolProvider {

    private final Map<ToolSpecification, ToolExecutor> tools;

    private GinkoToolProvider(Map<ToolSpecification, ToolExecutor> tools) {
        this.tools = Collections.unmodifiableMap(tools);
    }

    /**
     * The tools for the agent of {@code session}.
     *
     * @param client  the scope's client the session was started on; the caller closes it
     * @param session the agent's session; the caller closes it
     * @throws IllegalArgumentException if either is null
     */
    public static GinkoToolProvider forAgent(CoordinationClient client, AgentSession session) {
        Map<ToolSpecification, ToolExecutor> tools = new LinkedHashMap<>();
        for (GinkoTool tool : GinkoTools.forAgent(client, session)) {
            tools.put(ToolSpecifications.of(tool), new GinkoToolExecutor(tool));
        }
        return new GinkoToolProvider(tools);
    }

    /** The tools in the order the shared definitions list them, for {@code AiServices.builder(...).tools(...)}. */
    public Map<ToolSpecification, ToolExecutor> tools() {
        return tools;
    }

    /** The same tools for every request. */
    @Override
    public ToolProviderResult provideTools(ToolProviderRequest request) {
        return new ToolProviderResult(tools);
    }
}
