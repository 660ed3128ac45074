package ai.ginko.langchain4j;

import ai.ginko.core.AgentRegistration;
import ai.ginko.core.AgentSession;
import ai.ginko.core.CoordinationClient;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;

/**
 * The example of the README's "LangChain4j" section, compiled and run by {@code ReadmeExampleTest}. The README
 * shows the lines between the {@code tag::langchain4j[]} and {@code end::langchain4j[]} markers verbatim.
 */
final class ReadmeExample {

    private ReadmeExample() {
    }

    // tag::langchain4j[]
    interface Assistant {
        String chat(String message);
    }

    static String work(CoordinationClient client, ChatModel model) {
        try (AgentSession session = client.startAgent(AgentRegistration.named("LangChain4j-Implementer"))) {
            Assistant assistant = AiServices.builder(Assistant.class)
                    .chatModel(model)
                    .chatMemory(MessageWindowChatMemory.withMaxMessages(50))
                    .toolProvider(GinkoToolProvider.forAgent(client, session))
                    .chatRequestTransformer(NewsInjector.of(NewsSource.of(session)))
                    .build();
            return assistant.chat("Claim the next ready task, do it, log what you did and complete it.");
        }
    }
    // end::langchain4j[]
}
