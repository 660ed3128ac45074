package ai.ginko.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code git} in a repository and returns what it printed; a failure is a {@link CliFailure} naming it. */
final class Git {

    private Git() {
    }

    static String run(Path repository, String... args) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                throw new CliFailure("git " + String.join(" ", args) + " failed in " + repository + ": " + err);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliFailure("cannot run git (is it installed and on the PATH?): " + e.getMessage(), e);
        }
    }

    /**
     * The paths a commit would change: each staged path, and both sides of a rename or copy, from
     * {@code git diff --cached --name-status -M -z} (NUL-separated, so any file name comes through as it is).
     */
    static List<String> stagedPaths(Path repository) throws InterruptedException {
        String[] fields = run(repository, "diff", "--cached", "--name-status", "-M", "-z").split("\0", -1);
        List<String> paths = new ArrayList<>();
        int i = 0;
        while (i < fields.length && !fields[i].isEmpty()) {
            char status = fields[i].charAt(0);
            int names = status == 'R' || status == 'C' ? 2 : 1;
            for (int n = 1; n <= names && i + n < fields.length; n++) {
                paths.add(fields[i + n]);
            }
            i += names + 1;
        }
        return paths.stream().distinct().toList();
    }
}
