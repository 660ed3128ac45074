package ai.ginko.examples.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --verbose} flag of every command: stack traces on errors, debug logging, and what the embedded
 * database prints while it starts.
 */
final class VerboseOption {

    static final String NAME = "--verbose";

    private boolean verbose;

    @Option(names = {"-v", NAME}, description = "Show stack traces and debug logging.")
    void verbose(boolean on) {
        verbose = on;
        if (on) {
            // Read by slf4j-simple when the first logger is created, which happens after parsing.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        }
    }

    boolean isOn() {
        return verbose;
    }
}
