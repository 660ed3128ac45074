package ai.ginko.springai;

import java.util.Optional;

/**
 * What an agent has not been told yet, as text for its model; {@link GinkoNewsAdvisor} adds it to each request.
 * Each piece of news is taken once: what one call returns, no later call returns again.
 *
 * <p>The auto-configuration's source is {@link OtherAgentsNews}, the other agents' events since the last call; an
 * application (or a later version of this module) replaces it with a bean of its own.
 */
@FunctionalInterface
public interface NewsSource {

    /** The news since the last call, or empty when there is none. */
    Optional<String> take();
}
