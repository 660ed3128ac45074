@NullMarked
package ai.ginko.examples.json;

import org.jspecify.annotations.NullMarked;
