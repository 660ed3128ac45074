@NullMarked
package ai.ginko.examples.dashboard;

import org.jspecify.annotations.NullMarked;
