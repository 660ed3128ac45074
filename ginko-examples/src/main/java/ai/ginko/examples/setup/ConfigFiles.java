package ai.ginko.examples.setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Writes the changed files of a setup. Each file is replaced whole, by a rename of a complete temporary file in
 * its folder, so that a client reading it at that moment (or a crash) never sees half a file; a symbolic link is
 * written through, to the file it points at; an existing file keeps its permissions, a new one is readable by all.
 */
public final class ConfigFiles {

    private ConfigFiles() {
    }

    /** Writes the edits that change something, in order; files that would not change are not touched. */
    public static void write(List<ConfigEdit> edits) throws IOException {
        for (ConfigEdit edit : edits) {
            if (edit.changed()) {
                write(edit.file(), edit.after());
            }
        }
    }

    private static void write(Path file, String text) throws IOException {
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file;
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text);
            PosixFileAttributeView posix = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
            if (posix != null) {
                posix.setPermissions(Files.exists(target)
                        ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
