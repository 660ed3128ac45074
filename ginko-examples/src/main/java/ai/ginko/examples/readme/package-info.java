@NullMarked
package ai.ginko.examples.readme;

import org.jspecify.annotations.NullMarked;
