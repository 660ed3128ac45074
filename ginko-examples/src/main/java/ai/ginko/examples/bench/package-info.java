@NullMarked
package ai.ginko.examples.bench;

import org.jspecify.annotations.NullMarked;
