@NullMarked
package ai.ginko.core.memory;

import org.jspecify.annotations.NullMarked;
