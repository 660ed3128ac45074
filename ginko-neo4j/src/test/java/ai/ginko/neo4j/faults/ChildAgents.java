package ai.ginko.neo4j.faults;

import ai.ginko.neo4j.ChildJvm;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Starts {@link AgentProcess} in a child JVM (see {@link ChildJvm}) and waits until it is ready. */
final class ChildAgents {

    private ChildAgents() {
    }

    /** Starts {@link AgentProcess} with these arguments, in a plain child JVM. */
    static Process start(String... args) throws IOException {
        return start(List.of(), List.of(), Map.of(), args);
    }

    /**
     * @param prefix      a command to run the JVM under (such as {@code faketime -f -10m}), or empty
     * @param jvmOptions  options for the child JVM
     * @param environment variables to add to the child's environment
     * @param args        the arguments of {@link AgentProcess#main}
     */
    static Process start(List<String> prefix, List<String> jvmOptions, Map<String, String> environment,
            String... args) throws IOException {
        return ChildJvm.start(AgentProcess.class, prefix, jvmOptions, environment, AgentProcess.READY, args);
    }

    /** Kills the child and whatever it started (a wrapper such as faketime runs the JVM as its own child). */
    static void kill(Process process) throws InterruptedException {
        ChildJvm.kill(process);
    }
}
