@NullMarked
package ai.ginko.examples.demo;

import org.jspecify.annotations.NullMarked;
