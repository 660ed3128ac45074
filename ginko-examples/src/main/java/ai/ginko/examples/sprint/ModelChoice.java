package ai.ginko.examples.sprint;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Which model the sprint's agents think with: OpenAI's when {@code OPENAI_API_KEY} is set, else Anthropic's when
 * {@code ANTHROPIC_API_KEY} is, else {@link ScriptedSprintModel}. {@code GINKO_OPENAI_MODEL} and
 * {@code GINKO_ANTHROPIC_MODEL} name another model of the provider.
 *
 * @param description what the run prints
 * @param models      the model of an agent, given its name and its partner's
 */
record ModelChoice(String description, BiFunction<String, String, ChatModel> models) {

    static final String OPENAI_KEY = "OPENAI_API_KEY";
    static final String ANTHROPIC_KEY = "ANTHROPIC_API_KEY";
    static final String DEFAULT_OPENAI_MODEL = "gpt-4.1-mini";
    static final String DEFAULT_ANTHROPIC_MODEL = "claude-sonnet-4-5";

    static ModelChoice fromEnvironment(Map<String, String> env) {
        String openAiKey = env.getOrDefault(OPENAI_KEY, "");
        if (!openAiKey.isBlank()) {
            String model = env.getOrDefault("GINKO_OPENAI_MODEL", DEFAULT_OPENAI_MODEL);
            return new ModelChoice("OpenAI " + model,
                    (name, partner) -> OpenAiChatModel.builder().apiKey(openAiKey).modelName(model).build());
        }
        String anthropicKey = env.getOrDefault(ANTHROPIC_KEY, "");
        if (!anthropicKey.isBlank()) {
            String model = env.getOrDefault("GINKO_ANTHROPIC_MODEL", DEFAULT_ANTHROPIC_MODEL);
            return new ModelChoice("Anthropic " + model, (name, partner) -> AnthropicChatModel.builder()
                    .apiKey(anthropicKey).modelName(model).maxTokens(1024).build());
        }
        return new ModelChoice("a scripted model (set " + OPENAI_KEY + " or " + ANTHROPIC_KEY + " for a real one)",
                (name, partner) -> new ScriptedSprintModel(partner));
    }

    ChatModel model(String agentName, String partnerName) {
        return models.apply(agentName, partnerName);
    }
}
