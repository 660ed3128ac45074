package ai.ginko.core.paths;

import ai.ginko.core.internal.Checks;

/**
 * The rules of a path of the project's repository, concrete or a pattern's text: relative to the root,
 * {@code /}-separated, at most {@value #MAX_LENGTH} characters, no control characters, no empty, {@code .} or
 * {@code ..} segment. A concrete path names a file: it does not end with {@code /}.
 */
public final class RepositoryPath {

    /** Longest path or pattern, in characters. */
    public static final int MAX_LENGTH = 1024;
    /** How much of a refused text an error message repeats. */
    private static final int SHOWN = 80;

    private RepositoryPath() {
    }

    /**
     * Checks a concrete path and returns it.
     *
     * @throws IllegalArgumentException naming {@code field} and the rule it breaks
     */
    public static String check(String path, String field) {
        checkText(path, field);
        if (path.startsWith("/")) {
            throw refused(field, "must be relative to the repository's root (no leading '/')", path);
        }
        if (path.endsWith("/")) {
            throw refused(field, "must name a file, not end with '/'", path);
        }
        for (String segment : path.split("/", -1)) {
            checkSegment(segment, field, path);
        }
        return path;
    }

    static void checkText(String text, String field) {
        Checks.notNull(text, field);
        if (text.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    field + " must be at most " + MAX_LENGTH + " characters, was " + text.length());
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw new IllegalArgumentException(
                        field + " must not contain control characters (found one at index " + i + ")");
            }
        }
    }

    static void checkSegment(String segment, String field, String text) {
        if (segment.isEmpty()) {
            throw refused(field, "must not have an empty segment ('//')", text);
        }
        if (segment.equals(".") || segment.equals("..")) {
            throw refused(field, "must not have a '" + segment + "' segment", text);
        }
    }

    private static IllegalArgumentException refused(String field, String rule, String text) {
        return new IllegalArgumentException(field + " " + rule + ", was " + shown(text));
    }

    /** The text in quotes, cut to its first {@value #SHOWN} characters. */
    static String shown(String text) {
        return "'" + (text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text) + "'";
    }
}
