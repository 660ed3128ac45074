package ai.ginko.examples.hook;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Where a {@code ginko mcp} process leaves the address of its hook port for the hooks of its Claude Code session:
 * {@code $GINKO_RUNTIME_DIR}, else {@code $XDG_RUNTIME_DIR/ginko}, else {@code ~/.ginko/run}; the launcher
 * ({@code bin/ginko}) looks in the same place. Only its owner may enter it.
 */
public final class RuntimeFolder {

    public static final String RUNTIME_DIR_ENV = "GINKO_RUNTIME_DIR";

    private RuntimeFolder() {
    }

    public static Path of(Map<String, String> environment) {
        String own = environment.get(RUNTIME_DIR_ENV);
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = environment.get("XDG_RUNTIME_DIR");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "ginko");
        }
        return Path.of(System.getProperty("user.home"), ".ginko", "run");
    }

    /** The file of the session whose Claude Code process has this id. */
    static Path fileFor(Path folder, long sessionProcessId) {
        return folder.resolve("hook-" + sessionProcessId);
    }

    static void create(Path folder) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(folder,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Writes {@code content} to {@code file} readable by its owner alone, replacing it in one step. */
    static void writePrivate(Path file, String content) throws IOException {
        Path draft = file.resolveSibling(file.getFileName() + ".tmp" + ProcessHandle.current().pid());
        Files.deleteIfExists(draft);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(draft, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(draft);
        }
        Files.writeString(draft, content);
        Files.move(draft, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
