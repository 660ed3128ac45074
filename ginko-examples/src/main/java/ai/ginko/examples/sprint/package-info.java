/**
 * The sprint runner: two LangChain4j agents that work through a sprint file together, through the Ginko tools and
 * news of {@code ai.ginko.langchain4j}, on a scripted model or on a real one.
 */
@NullMarked
package ai.ginko.examples.sprint;

import org.jspecify.annotations.NullMarked;
