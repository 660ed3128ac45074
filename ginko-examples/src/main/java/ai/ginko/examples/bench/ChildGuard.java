package ai.ginko.examples.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Runs a child JVM's work so that the child never outlives the benchmark: it halts when its parent process ends
 * (even if the parent was killed and could not clean up) and when its own time limit passes, and it exits with a
 * non-zero code, after printing why, when the work throws.
 */
final class ChildGuard {

    private static final int FAILED = 1;
    private static final int ORPHANED = 3;
    private static final int TIMED_OUT = 4;
    private static final BufferedReader PARENT = new BufferedReader(
            new InputStreamReader(System.in, StandardCharsets.UTF_8));

    private ChildGuard() {
    }

    @SuppressWarnings("FutureReturnValueIgnored") // the orphan watch halts this JVM: nothing waits for it
    static void run(String name, Duration timeLimit, Callable<Void> work) {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> halt(ORPHANED)));
        Thread.ofPlatform().daemon().name(name + "-time-limit").start(() -> haltAfter(name, timeLimit));
        int code = 0;
        try {
            work.call();
        } catch (Throwable e) {
            System.err.println(name + " failed:");
            e.printStackTrace();
            code = FAILED;
        }
        System.out.flush();
        // exit(), not a return from main: a library thread left running must not keep the child alive.
        System.exit(code);
    }

    /**
     * Blocks until the parent writes a line on stdin. Should stdin end instead, the parent has gone away, and the
     * watch set up by {@link #run} halts this JVM.
     */
    static void awaitParent() throws IOException {
        PARENT.readLine();
    }

    private static void haltAfter(String name, Duration timeLimit) {
        try {
            TimeUnit.NANOSECONDS.sleep(timeLimit.toNanos());
            System.err.println(name + " ran out of its time limit of " + timeLimit.toSeconds() + " s");
            halt(TIMED_OUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void halt(int code) {
        System.out.flush();
        Runtime.getRuntime().halt(code);
    }
}
