package ai.ginko.springai;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.ChatClientBuilderCustomizer;

/**
 * Gives each {@link ChatClient.Builder} that Spring AI's auto-configuration makes the agent's tools
 * ({@link GinkoToolCallbacks}) and its {@link GinkoNewsAdvisor}, so that every {@code ChatClient} of the application
 * can coordinate and tells its model the news.
 */
public final class GinkoChatClientCustomizer implements ChatClientBuilderCustomizer {

    private final GinkoToolCallbacks tools;
    private final GinkoNewsAdvisor advisor;

    public GinkoChatClientCustomizer(GinkoToolCallbacks tools, GinkoNewsAdvisor advisor) {
        this.tools = tools;
        this.advisor = advisor;
    }

    @Override
    public void customize(ChatClient.Builder builder) {
        builder.defaultTools(tools).defaultAdvisors(advisor);
    }
}
