package ai.ginko.examples.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Runs a start-up with the process's standard error silenced. Neo4j 5 loads every legacy three-letter time zone id
 * while it starts, and JDK 25 prints a deprecation line to {@code System.err} for each: dozens of lines that say
 * nothing to a {@code ginko devdb} user. Failures still surface, as the exception the work throws.
 */
final class QuietStderr {

    private QuietStderr() {
    }

    static <T> T during(Supplier<T> work) {
        PrintStream original = System.err;
        System.setErr(new PrintStream(OutputStream.nullOutputStream()));
        try {
            return work.get();
        } finally {
            System.setErr(original);
        }
    }
}
