package ai.ginko.neo4j.faults;

import ai.ginko.neo4j.ChildJvm;
import java.io.IOException;
import java.util.List;

/** Starts {@link AgentProcess} in a child JVM (see {@link ChildJvm}) and waits until it is ready. */
final class ChildAgents {

    private ChildAgents() {
    }

    /**
     * @param prefix a command to run the JVM under (such as {@code faketime -f -10m}), or empty
     * @param args   the arguments of {@link AgentProcess#main}
     */
    static Process start(List<String> prefix, String... args) throws IOException {
        return ChildJvm.start(AgentProcess.class, prefix, AgentProcess.READY, args);
    }

    /** Kills the child and whatever it started (a wrapper such as faketime runs the JVM as its own child). */
    static void kill(Process process) throws InterruptedException {
        ChildJvm.kill(process);
    }
}
