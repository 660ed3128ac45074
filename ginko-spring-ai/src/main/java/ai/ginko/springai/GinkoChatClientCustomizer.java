package ai.ginko.springai;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.ChatClientBuilderCustomizer;

/**
 * Adds the agent's {@link GinkoNewsAdvisor} to each {@link ChatClient.Builder} that Spring AI's auto-configuration
 * makes, so that every {@code ChatClient} of the application tells its model the news.
 */
public final class GinkoChatClientCustomizer implements ChatClientBuilderCustomizer {

    private final GinkoNewsAdvisor advisor;

    public GinkoChatClientCustomizer(GinkoNewsAdvisor advisor) {
        this.advisor = advisor;
    }

    @Override
    public void customize(ChatClient.Builder builder) {
        builder.defaultAdvisors(advisor);
    }
}
