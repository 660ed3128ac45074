/**
 * Paths of a project's repository and the glob patterns that reserve them: {@link ai.ginko.core.paths.PathPattern}
 * (parse, match a path, decide exactly whether two patterns share a path) and
 * {@link ai.ginko.core.paths.RepositoryPath} (the rules of a concrete path).
 */
@NullMarked
package ai.ginko.core.paths;

import org.jspecify.annotations.NullMarked;
