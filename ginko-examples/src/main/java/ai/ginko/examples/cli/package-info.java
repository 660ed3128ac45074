@NullMarked
package ai.ginko.examples.cli;

import org.jspecify.annotations.NullMarked;
