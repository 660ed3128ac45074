package ai.ginko.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * NullAway checks only @NullMarked code (the build runs it with OnlyNullMarked), so a package without a
 * package-info.java that says @NullMarked would escape it unnoticed: every main package of every module must have one.
 */
class EveryPackageIsNullMarkedTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void everyMainPackageOfEveryModuleIsNullMarked() throws IOException {
        List<Path> packages = mainPackages();

        assertThat(packages).as("main packages found").hasSizeGreaterThan(10);
        assertThat(packages).as("packages without a @NullMarked package-info.java").allSatisfy(dir ->
                assertThat(dir.resolve("package-info.java")).exists().content().contains("@NullMarked"));
    }

    /** The folders under {@code <module>/src/main/java} that hold Java sources, module-info.java aside. */
    private static List<Path> mainPackages() throws IOException {
        try (Stream<Path> modules = Files.list(ROOT)) {
            return modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory)
                    .flatMap(EveryPackageIsNullMarkedTest::javaFiles)
                    .filter(file -> !file.getFileName().toString().equals("module-info.java"))
                    .map(Path::getParent).distinct().sorted().toList();
        }
    }

    private static Stream<Path> javaFiles(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
