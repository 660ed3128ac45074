package ai.ginko.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.neo4j.harness.Neo4j;

/**
 * One Neo4j for all test JVMs of a Maven build, in a process of its own: the first test JVM that needs a database
 * starts it, the others (the next modules' surefire and failsafe JVMs) connect to it, and it stops when the Maven
 * process that ran the build ends. Each module's test JVM would otherwise start (and warm up) a server of its own,
 * which takes 15–20 s of a busy 2-core machine's both cores while the module's first tests wait for it.
 *
 * <p>Sharing is sound for the reason sharing one server among a JVM's test classes is: every test works in an
 * organization of its own and nothing ever wipes the database (see {@link EmbeddedNeo4j}). The build asks for it
 * with the system property {@value #FOLDER_PROPERTY} (a folder under the root project's {@code target}); without it
 * (ginko-neo4j's own tests, see its pom), or when no Maven process is found among the test JVM's ancestors (a test
 * run from an IDE), the server is the test JVM's own, as before. Starting is serialized across processes by a file
 * lock; a server file that names a process no longer alive, or another build's Maven, is not used.
 */
final class BuildNeo4j {

    static final String FOLDER_PROPERTY = "ginko.test.neo4j.dir";
    private static final String MAVEN_LAUNCHER = "org.codehaus.plexus.classworlds.launcher.Launcher";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private BuildNeo4j() {
    }

    /** The Bolt URI of the build's server, started if need be; empty when this JVM should start its own. */
    static Optional<URI> uri() {
        String folder = System.getProperty(FOLDER_PROPERTY);
        if (folder == null || folder.isBlank()) {
            return Optional.empty();
        }
        Optional<ProcessHandle> maven = mavenProcess();
        if (maven.isEmpty()) {
            return Optional.empty();
        }
        try {
            return connectOrStart(Path.of(folder), maven.get().pid());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the build's Neo4j in " + folder, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the build's Neo4j", e);
        }
    }

    private static Optional<ProcessHandle> mavenProcess() {
        Optional<ProcessHandle> ancestor = ProcessHandle.current().parent();
        for (int depth = 0; depth < 5 && ancestor.isPresent(); depth++) {
            ProcessHandle candidate = ancestor.get();
            String command = candidate.info().commandLine().orElse("");
            if (command.contains(MAVEN_LAUNCHER)) {
                return Optional.of(candidate);
            }
            ancestor = candidate.parent();
        }
        return Optional.empty();
    }

    private static Optional<URI> connectOrStart(Path folder, long mavenPid) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path serverFile = folder.resolve("server.properties");
        try (FileChannel lockFile = FileChannel.open(folder.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock lock = lockFile.lock()) {
            Optional<Properties> running = read(serverFile).filter(BuildNeo4j::alive);
            if (running.isPresent()) {
                boolean ours = running.get().getProperty("maven").equals(Long.toString(mavenPid));
                return ours ? Optional.of(URI.create(running.get().getProperty("uri"))) : Optional.empty();
            }
            Files.deleteIfExists(serverFile);
            return Optional.of(start(folder, serverFile, mavenPid));
        }
    }

    private static URI start(Path folder, Path serverFile, long mavenPid) throws IOException, InterruptedException {
        List<String> command = ChildJvm.javaCommand(List.of(), BuildNeo4j.class,
                List.of(serverFile.toString(), Long.toString(mavenPid)));
        Path log = folder.resolve("server.log");
        Process server = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null")
                        .toFile()))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            Optional<Properties> started = read(serverFile);
            if (started.isPresent()) {
                return URI.create(started.get().getProperty("uri"));
            }
            if (!server.isAlive() || System.nanoTime() - deadline > 0) {
                server.destroyForcibly();
                throw new IOException("the build's Neo4j did not start within " + START_TIMEOUT + "; see " + log);
            }
            Thread.sleep(50);
        }
    }

    private static Optional<Properties> read(Path serverFile) throws IOException {
        if (!Files.exists(serverFile)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(serverFile, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return Optional.of(properties);
    }

    private static boolean alive(Properties server) {
        return ProcessHandle.of(Long.parseLong(server.getProperty("pid"))).map(ProcessHandle::isAlive)
                .orElse(false);
    }

    /**
     * The server process: starts and warms up the database, publishes its URI in the server file (written whole,
     * then moved into place, so that a reader never sees half of it), and runs until the Maven process ends.
     * Arguments: the server file, the Maven process id.
     */
    public static void main(String[] args) throws IOException {
        Path serverFile = Path.of(args[0]);
        long mavenPid = Long.parseLong(args[1]);
        Optional<ProcessHandle> maven = ProcessHandle.of(mavenPid);
        if (maven.isEmpty()) {
            return;
        }
        try (Neo4j server = EmbeddedNeo4j.startWarm()) {
            Properties properties = new Properties();
            properties.setProperty("uri", server.boltURI().toString());
            properties.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
            properties.setProperty("maven", Long.toString(mavenPid));
            Path written = serverFile.resolveSibling(serverFile.getFileName() + ".tmp");
            try (var out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                properties.store(out, "the build's Neo4j (see BuildNeo4j)");
            }
            Files.move(written, serverFile, StandardCopyOption.ATOMIC_MOVE);
            maven.get().onExit().join();
        } finally {
            Files.deleteIfExists(serverFile);
        }
    }
}
