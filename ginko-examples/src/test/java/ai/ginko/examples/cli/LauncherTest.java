package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code bin/ginko} as a user would, from another directory. The module's build has just written the classes
 * and the classpath file the script uses, so it runs them without building.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("bin", "ginko").toAbsolutePath();

    @Test
    void helpRunsThroughTheLauncherFromAnyDirectory(@TempDir Path elsewhere) throws Exception {
        Process process = new ProcessBuilder(LAUNCHER.toString(), "--help")
                .directory(elsewhere.toFile())
                .redirectErrorStream(true)
                .start();
        String output = read(process);

        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).startsWith("Usage: ginko").contains("devdb", "GINKO_NEO4J_URI");
    }

    @Test
    void launcherIsAnExecutableBashScript() throws IOException {
        assertThat(Files.isExecutable(LAUNCHER)).isTrue();
        assertThat(Files.readAllLines(LAUNCHER).getFirst()).isEqualTo("#!/usr/bin/env bash");
    }

    private static String read(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
