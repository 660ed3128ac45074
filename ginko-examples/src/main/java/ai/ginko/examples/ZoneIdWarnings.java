package ai.ginko.examples;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.function.Supplier;

/**
 * Runs a start-up of the embedded Neo4j without the JDK's deprecation lines for three-letter time-zone ids. Neo4j
 * 5 looks up every legacy id (EST, PST, …) while it starts, and JDK 25 prints one line for each straight to
 * {@code System.err}, with no option to turn it off: 28 lines that tell someone trying the demo nothing. Only those
 * lines are dropped; everything else written to standard error meanwhile passes through, line by line.
 */
public final class ZoneIdWarnings {

    /** The start of the line {@code java.util.TimeZone} prints (JDK 25). */
    static final String PREFIX = "WARNING: Use of the three-letter time zone ID ";

    private ZoneIdWarnings() {
    }

    public static <T> T droppedDuring(Supplier<T> work) {
        PrintStream original = System.err;
        LineFilter filter = new LineFilter(original);
        PrintStream filtered = new PrintStream(filter, true, original.charset());
        System.setErr(filtered);
        try {
            return work.get();
        } finally {
            System.setErr(original);
            filtered.flush();
            filter.finish();
        }
    }

    /** Passes whole lines on to the target, except the time-zone warnings; a partial line waits for its end. */
    static final class LineFilter extends OutputStream {

        private final PrintStream target;
        private final Charset charset;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineFilter(PrintStream target) {
            this.target = target;
            this.charset = target.charset();
        }

        @Override
        public synchronized void write(int b) {
            line.write(b);
            if (b == '\n') {
                passLine();
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                write(bytes[i]);
            }
        }

        @Override
        public synchronized void flush() {
            target.flush();
        }

        /** Passes on a last line that has no end yet, unless it is a warning: nothing else is held back for good. */
        synchronized void finish() {
            passLine();
            target.flush();
        }

        private void passLine() {
            if (!line.toString(charset).startsWith(PREFIX)) {
                target.write(line.toByteArray(), 0, line.size());
            }
            line.reset();
        }
    }
}
