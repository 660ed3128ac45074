@NullMarked
package ai.ginko.core.spi;

import org.jspecify.annotations.NullMarked;
