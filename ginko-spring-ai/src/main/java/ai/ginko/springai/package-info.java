/**
 * Spring Boot auto-configuration for Spring AI agents: {@link ai.ginko.springai.GinkoAutoConfiguration} and what it
 * builds.
 */
@NullMarked
package ai.ginko.springai;

import org.jspecify.annotations.NullMarked;
