@NullMarked
package ai.ginko.examples;

import org.jspecify.annotations.NullMarked;
