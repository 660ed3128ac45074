@NullMarked
package ai.ginko.core;

import org.jspecify.annotations.NullMarked;
