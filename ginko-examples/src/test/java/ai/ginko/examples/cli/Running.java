package ai.ginko.examples.cli;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import picocli.CommandLine;

/** A command running on its own thread, whose output can be watched while it runs and which stops on interrupt. */
final class Running {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final StringWriter out;
    private final StringWriter err;
    private final AtomicInteger exitCode = new AtomicInteger(-1);
    private final Thread thread;

    Running(CommandLine commandLine, String[] args, StringWriter out, StringWriter err) {
        this.out = out;
        this.err = err;
        this.thread = Thread.ofPlatform().name("ginko " + String.join(" ", args))
                .start(() -> exitCode.set(commandLine.execute(args)));
    }

    /** Waits until the output so far satisfies {@code condition}; fails after a minute. */
    String awaitOutput(Predicate<String> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.test(out.toString())) {
            if (!thread.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("output never matched; out: " + out + "; err: " + err);
            }
            Thread.sleep(20);
        }
        return out.toString();
    }

    /** Interrupts the command, as Ctrl-C would, and waits for it to end. */
    GinkoShell.Result interrupt() {
        thread.interrupt();
        return await();
    }

    GinkoShell.Result await() {
        try {
            if (!thread.join(PATIENCE)) {
                throw new AssertionError("command did not end; out: " + out + "; err: " + err);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the command", e);
        }
        return new GinkoShell.Result(exitCode.get(), out.toString(), err.toString());
    }
}
