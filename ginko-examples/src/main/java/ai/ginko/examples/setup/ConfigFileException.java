package ai.ginko.examples.setup;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A configuration file that setup cannot merge into (not valid JSON or TOML, or a shape it does not rewrite). The
 * message names the file and says that nothing was written: setup refuses before it writes any file.
 */
public final class ConfigFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String message;

    ConfigFileException(Path file, String problem) {
        this(file, problem, null);
    }

    ConfigFileException(Path file, String problem, @Nullable Throwable cause) {
        super(file + ": " + problem + "; nothing was written", cause);
        this.message = file + ": " + problem + "; nothing was written";
    }

    /** The file, what is wrong with it, and that nothing was written. */
    @Override
    public String getMessage() {
        return message;
    }
}
