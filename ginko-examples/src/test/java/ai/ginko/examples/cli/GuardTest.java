package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.neo4j.RequiresSystemTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The git guard on a real repository in a temporary folder: {@code ginko guard install} writes the pre-commit hook,
 * and {@code git commit} runs it, which runs {@code ginko guard check} in a JVM of its own through a launcher
 * script (standing in for {@code bin/ginko}) with the test's class path.
 */
@RequiresSystemTool(path = "/usr/bin/git", debianPackage = "git")
class GuardTest {

    private final GinkoShell shell = GinkoShell.fresh();

    @TempDir
    private Path temp;

    private Path repository;
    private String holder;

    @BeforeEach
    void repositoryWithTheGuardAndAnExclusiveReservation() throws Exception {
        repository = Files.createDirectories(temp.resolve("repo"));
        git(Map.of(), "init", "-q", "-b", "main");
        git(Map.of(), "config", "user.email", "tester@example.com");
        git(Map.of(), "config", "user.name", "Tester");
        write("src/api/Old.java", "class Old {}");
        git(Map.of(), "add", ".");
        git(Map.of(), "commit", "-q", "-m", "start");
        holder = shell.register("Holder");
        assertThat(shell.asAgent(holder).run("reserve", "src/api/**").exitCode()).isZero();
    }

    @Test
    void refusesAHumansCommitOfAPathAnotherAgentReservedExclusively() throws Exception {
        install();
        write("src/api/Client.java", "class Client {}");
        git(Map.of(), "add", ".");

        Run commit = commit(Map.of());

        assertThat(commit.exitCode).isEqualTo(1);
        assertThat(commit.err).contains("ginko guard: src/api/Client.java is reserved by " + holder
                + " (Holder) with src/api/** (exclusive) until ")
                .contains("ginko guard: commit refused");
        assertThat(git(Map.of(), "log", "--oneline").lines()).hasSize(1);
    }

    @Test
    void theHolderCommitsItsOwnReservedPaths() throws Exception {
        install();
        write("src/api/Client.java", "class Client {}");
        git(Map.of(), "add", ".");

        Run commit = commit(Map.of(EnvironmentDefaults.AGENT_ID_ENV, holder));

        assertThat(commit.exitCode).as(commit.err).isZero();
    }

    @Test
    void warnModeWarnsAndCommits() throws Exception {
        install();
        write("src/api/Client.java", "class Client {}");
        git(Map.of(), "add", ".");

        Run commit = commit(Map.of(EnvironmentDefaults.GUARD_ENV, "warn"));

        assertThat(commit.exitCode).as(commit.err).isZero();
        assertThat(commit.err).contains("ginko guard: warning: src/api/Client.java is reserved by " + holder);
    }

    @Test
    void aRenameOutOfAReservedDirectoryIsCheckedOnItsSourceSide() throws Exception {
        install();
        Files.createDirectories(repository.resolve("lib"));
        git(Map.of(), "mv", "src/api/Old.java", "lib/Old.java");

        Run commit = commit(Map.of());

        assertThat(commit.exitCode).isEqualTo(1);
        assertThat(commit.err).contains("ginko guard: src/api/Old.java is reserved by " + holder)
                .doesNotContain("lib/Old.java is reserved");
    }

    @Test
    void anExistingHookIsKeptAndStillRuns() throws Exception {
        Path hooks = repository.resolve(".git/hooks");
        Files.writeString(hooks.resolve("pre-commit"), "#!/bin/sh\ntouch \"$(git rev-parse --git-dir)/ran\"\n");
        Files.setPosixFilePermissions(hooks.resolve("pre-commit"), PosixFilePermissions.fromString("rwxr-xr-x"));

        GinkoShell.Result installed = install();
        write("README.md", "free");
        git(Map.of(), "add", ".");
        Run commit = commit(Map.of());

        assertThat(installed.out()).contains("the hook that was there runs after it (pre-commit.before-ginko)");
        assertThat(commit.exitCode).as(commit.err).isZero();
        assertThat(repository.resolve(".git/ran")).exists();
    }

    private GinkoShell.Result install() throws IOException {
        GinkoShell.Result result = shell.run("guard", "install", "--dir", repository.toString(), "--launcher",
                launcher().toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result;
    }

    /** A stand-in for {@code bin/ginko}: the command line in a JVM with the test's class path. */
    private Path launcher() throws IOException {
        Path launcher = temp.resolve("ginko");
        String java = ProcessHandle.current().info().command().orElse("java");
        Files.writeString(launcher, "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
                + (Runtime.version().feature() >= 23 ? " --sun-misc-unsafe-memory-access=allow" : "")
                + " -cp '" + System.getProperty("java.class.path") + "' " + GinkoCli.class.getName() + " \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        return launcher;
    }

    private void write(String path, String content) throws IOException {
        Path file = repository.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** {@code git commit} as the committer of {@code environment}; the hook's scope comes from the install. */
    private Run commit(Map<String, String> environment) throws Exception {
        return gitRun(environment, "commit", "-q", "-m", "change");
    }

    private String git(Map<String, String> environment, String... args) throws Exception {
        Run run = gitRun(environment, args);
        assertThat(run.exitCode).as("git %s: %s", String.join(" ", args), run.err).isZero();
        return run.out;
    }

    private Run gitRun(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> variables = new HashMap<>(environment);
        variables.put("GINKO_USER", "tester");
        // The holder registered from the shell sends no heartbeats; the hook's JVM may take longer than the default
        // 30 s to start on a busy machine, and an offline holder's reservation no longer blocks.
        variables.put(EnvironmentDefaults.OFFLINE_AFTER_ENV, "10m");
        builder.environment().keySet().removeIf(name -> name.startsWith("GINKO_"));
        builder.environment().putAll(variables);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), out, err);
    }

    private record Run(int exitCode, String out, String err) {
    }
}
