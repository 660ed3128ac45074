@NullMarked
package ai.ginko.neo4j;

import org.jspecify.annotations.NullMarked;
