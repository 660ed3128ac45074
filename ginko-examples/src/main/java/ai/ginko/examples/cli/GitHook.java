package ai.ginko.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * The pre-commit hook that {@code ginko guard install} writes: it runs {@code ginko guard check} through the
 * launcher's absolute path, then the hook that was there before (kept beside it as {@value #CHAINED}), so that both
 * still run. Installing again rewrites the hook and keeps the chained one.
 */
final class GitHook {

    static final String NAME = "pre-commit";
    static final String CHAINED = "pre-commit.before-ginko";
    static final String MARKER = "# Installed by 'ginko guard install'";

    private GitHook() {
    }

    /**
     * Installs the hook in {@code hooks}; returns whether an existing hook was kept and chained.
     *
     * @param fallbacks variables the hook sets when the committer's environment does not (scope, URI)
     */
    static boolean install(Path hooks, Path launcher, Map<String, String> fallbacks) throws IOException {
        Files.createDirectories(hooks);
        Path hook = hooks.resolve(NAME);
        Path chained = hooks.resolve(CHAINED);
        boolean kept = false;
        if (Files.exists(hook) && !ours(hook)) {
            if (Files.exists(chained)) {
                throw new CliFailure(hook + " is not ginko's and " + chained + " exists already; move one of them");
            }
            Files.move(hook, chained);
            kept = true;
        }
        Files.writeString(hook, script(launcher, fallbacks), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        return kept || Files.exists(chained);
    }

    private static boolean ours(Path hook) throws IOException {
        return Files.readString(hook, StandardCharsets.UTF_8).contains(MARKER);
    }

    private static String script(Path launcher, Map<String, String> fallbacks) {
        StringBuilder script = new StringBuilder("#!/bin/sh\n").append(MARKER).append(
                ": refuses a commit whose staged paths\n"
                + "# another agent reserved exclusively. GINKO_GUARD=warn only warns; 'git commit --no-verify' "
                + "skips it.\n");
        fallbacks.forEach((variable, value) -> script.append("if [ -z \"${").append(variable)
                .append(":-}\" ]; then ").append(variable).append('=').append(quoted(value))
                .append("; export ").append(variable).append("; fi\n"));
        script.append(quoted(launcher.toString())).append(" guard check || exit $?\n")
                .append("chained=\"$(dirname \"$0\")/").append(CHAINED).append("\"\n")
                .append("if [ -x \"$chained\" ]; then exec \"$chained\" \"$@\"; fi\n");
        return script.toString();
    }

    /** A single-quoted shell word. */
    private static String quoted(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
