package ai.ginko.springai;

import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import ai.ginko.tools.GinkoTools;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.ToolCallbackProvider;

/**
 * The coordination tools of one agent ({@link GinkoTools#forAgent}) as Spring AI tool callbacks: log events, claim,
 * complete and release tasks, see the agents and the blockers, wait for events, hand off, and take the next ready
 * task of the task graph. {@link GinkoChatClientCustomizer} gives them to every {@code ChatClient}; Spring AI's tool
 * resolution finds them by name too, as it finds every {@link ToolCallbackProvider} bean.
 */
public final class GinkoToolCallbacks implements ToolCallbackProvider {

    private final ToolCallback[] callbacks;

    /** The tools of {@code agent}, a session of {@code client}. */
    public GinkoToolCallbacks(CoordinationClient client, AgentSession agent) {
        this.callbacks = GinkoTools.forAgent(client, agent).stream().map(GinkoToolCallback::new)
                .toArray(ToolCallback[]::new);
    }

    @Override
    public ToolCallback[] getToolCallbacks() {
        return callbacks.clone();
    }
}
