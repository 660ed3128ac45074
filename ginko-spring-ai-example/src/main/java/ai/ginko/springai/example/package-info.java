/** A Spring Boot agent application on Ginko for Spring AI. */
@NullMarked
package ai.ginko.springai.example;

import org.jspecify.annotations.NullMarked;
