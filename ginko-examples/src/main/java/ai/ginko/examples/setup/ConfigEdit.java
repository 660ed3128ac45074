package ai.ginko.examples.setup;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One configuration file as it is ({@code before}, empty when the file does not exist) and as setup would leave it
 * ({@code after}). Computing every edit before writing any is what lets setup refuse a malformed file without
 * having written the others.
 */
public record ConfigEdit(Path file, Optional<String> before, String after) {

    /** Reads {@code file} (absent: empty) and computes its new text with {@code merge}. */
    static ConfigEdit of(Path file, UnaryOperator<String> merge) {
        Optional<String> before = read(file);
        return new ConfigEdit(file, before, merge.apply(before.orElse("")));
    }

    public boolean changed() {
        return before.map(text -> !text.equals(after)).orElse(true);
    }

    public boolean created() {
        return before.isEmpty();
    }

    /** The change as a unified diff, or an empty string when there is none. */
    public String diff() {
        return changed() ? UnifiedDiff.of(file.toString(), before, after) : "";
    }

    private static Optional<String> read(Path file) {
        if (Files.isDirectory(file)) {
            throw new ConfigFileException(file, "is a folder, not a file");
        }
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file));
        } catch (CharacterCodingException e) {
            throw new ConfigFileException(file, "is not UTF-8 text", e);
        } catch (IOException e) {
            throw new ConfigFileException(file, "cannot be read (" + e + ")", e);
        }
    }
}
