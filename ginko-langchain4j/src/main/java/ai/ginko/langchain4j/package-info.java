/**
 * Ginko for LangChain4j: {@link ai.ginko.langchain4j.GinkoToolProvider} gives an agent session's coordination tools
 * to an AI service, and {@link ai.ginko.langchain4j.NewsInjector} adds the agent's news (what others did) to every
 * request to the model, without storing it in the chat memory.
 */
@NullMarked
package ai.ginko.langchain4j;

import org.jspecify.annotations.NullMarked;
