@NullMarked
package ai.ginko.core.internal;

import org.jspecify.annotations.NullMarked;
