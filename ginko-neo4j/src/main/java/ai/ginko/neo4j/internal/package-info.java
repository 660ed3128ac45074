@NullMarked
package ai.ginko.neo4j.internal;

import org.jspecify.annotations.NullMarked;
