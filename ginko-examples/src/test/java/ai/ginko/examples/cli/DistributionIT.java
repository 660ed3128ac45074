package ai.ginko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.neo4j.EmbeddedNeo4j;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.InitializeResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installable distribution as a user gets it: the archive that {@code -Pdist} packed, unpacked in a temporary
 * folder far from the source tree, run through its own {@code bin/ginko} from yet another folder, with the user's
 * cache folder pointed at a temporary one. Run by failsafe in every {@code verify}, after the archive is packed: an
 * uncompressed tar by default, the tar.gz under {@code -Pdist} (see the pom); GNU tar reads either.
 */
class DistributionIT {

    private static final String VERSION = VersionProvider.buildVersion();
    /** The tar that verify packed, or the tar.gz of -Pdist (see the pom); the same files either way. */
    private static final Path ARCHIVE = Path.of(System.getProperty("ginko.dist.archive",
            "target/ginko-" + VERSION + ".tar.gz")).toAbsolutePath();
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    private static Path unpacked;
    @TempDir
    private static Path cache;
    @TempDir
    private static Path elsewhere;
    @TempDir
    private static Path userHome;
    private static Path home;
    private static List<Path> installedFiles;

    @BeforeAll
    static void unpackTheArchive() throws IOException, InterruptedException {
        Process tar = new ProcessBuilder("tar", "-xf", ARCHIVE.toString(), "-C", unpacked.toString())
                .redirectErrorStream(true).start();
        String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tar.waitFor()).as(output).isZero();
        home = unpacked.resolve("ginko-" + VERSION);
        installedFiles = files(home);
    }

    @Test
    void theArchiveHoldsTheLauncherTheReadmeAndEveryJarOfTheClassPath() throws IOException {
        assertThat(Files.isExecutable(home.resolve("bin/ginko"))).isTrue();
        assertThat(home.resolve("README.md")).isNotEmptyFile();
        assertThat(home.resolve("lib/ginko-examples-" + VERSION + ".jar")).isNotEmptyFile();
        List<String> classPath = List.of(Files.readString(home.resolve("lib/ginko.classpath")).strip().split(":"));
        assertThat(classPath).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry).startsWith("lib/");
            assertThat(home.resolve(entry)).isNotEmptyFile();
        });
    }

    @Test
    void versionRunsFromTheUnpackedFolderWithoutTheSourceTree() throws Exception {
        Result result = run("--version");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output().lines()).first().isEqualTo("ginko " + VERSION);
        assertThat(files(home)).as("nothing is written into the installation").isEqualTo(installedFiles);
        assertThat(cache.resolve("ginko").resolve(VERSION)).isDirectory();
    }

    @Test
    void setupWritesTheUnpackedLaunchersPath() throws Exception {
        Path project = Files.createDirectories(elsewhere.resolve("project"));

        Result result = run("setup", "cursor", "--dir", project.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(new ObjectMapper().readTree(project.resolve(".cursor/mcp.json").toFile())
                .path("mcpServers").path("ginko").path("command").asText())
                .isEqualTo(home.resolve("bin/ginko").toString());
    }

    @Test
    void aCommandsClassCacheIsWrittenToTheCacheFolderAndNothingElse() throws Exception {
        Result result = run("setup", "gemini", "--dir", elsewhere.toString(), "--dry-run");

        assertThat(result.exitCode()).as(result.output()).isZero();
        try (Stream<Path> installations = Files.list(cache.resolve("ginko").resolve(VERSION))) {
            assertThat(installations.toList()).singleElement().satisfies(state -> {
                String expected = javaFeatureRelease(state) >= 25 ? "setup.aot" : "setup.jsa";
                assertThat(state.resolve("cds").resolve(expected)).isNotEmptyFile();
                try (Stream<Path> cds = Files.list(state.resolve("cds"))) {
                    // Other tests of this class run other commands, each with a cache of its own.
                    assertThat(cds.map(path -> path.getFileName().toString()))
                            .as("caches only: the record each was made from is gone").contains(expected)
                            .allMatch(name -> name.matches("[a-z-]+\\.(aot|jsa)"));
                }
            });
        }
        assertThat(files(home)).as("nothing is written into the installation").isEqualTo(installedFiles);
    }

    @Test
    void mcpRunsFromTheUnpackedFolderAndNamesTheDatabaseItCannotReach() throws Exception {
        int closedPort = closedPort();

        Result result = run(Map.of("GINKO_NEO4J_URI", "bolt://127.0.0.1:" + closedPort, "GINKO_ORG", "acme",
                "GINKO_PROJECT", "checkout", "GINKO_AGENT_NAME", "Distribution-Agent"), "mcp");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("cannot reach Neo4j at bolt://127.0.0.1:" + closedPort);
    }

    @Test
    void theServersClassCacheIsMadeInTheBackgroundAfterItsFirstStart() throws Exception {
        Result result = run(Map.of("GINKO_NEO4J_URI", "bolt://127.0.0.1:" + closedPort(), "GINKO_ORG", "acme",
                "GINKO_PROJECT", "checkout", "GINKO_AGENT_NAME", "Distribution-Agent"), "mcp");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        Path state = installationState();
        String expected = javaFeatureRelease(state) >= 25 ? "mcp.aot" : "mcp.jsa";
        awaitTrainingsEnded();
        assertThat(state.resolve("cds").resolve(expected)).isNotEmptyFile();
        assertThat(files(home)).as("nothing is written into the installation").isEqualTo(installedFiles);
    }

    /** The launcher's background training of the server's cache (see bin/ginko) writes into the cache folder. */
    @AfterAll
    static void awaitTrainingsEnded() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!trainings().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(trainings()).as("training folders left after %s", TIMEOUT).isEmpty();
    }

    private static List<Path> trainings() throws IOException {
        try (Stream<Path> paths = Files.walk(cache)) {
            return paths.filter(path -> path.getFileName().toString().startsWith("training-")).toList();
        }
    }

    private static Path installationState() throws IOException {
        try (Stream<Path> installations = Files.list(cache.resolve("ginko").resolve(VERSION))) {
            List<Path> states = installations.toList();
            assertThat(states).as("one state folder per installation").hasSize(1);
            return states.getFirst();
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** On the build's shared database (see ginko-neo4j's BuildNeo4j), which earlier modules' tests started. */
    @Test
    void anMcpClientCompletesTheHandshakeWithTheUnpackedLauncher() {
        ServerParameters parameters = ServerParameters.builder(home.resolve("bin/ginko").toString())
                .args("mcp")
                .env(Map.of(
                        "XDG_CACHE_HOME", cache.toString(),
                        "GINKO_NEO4J_URI", EmbeddedNeo4j.boltUri().toString(),
                        "GINKO_ORG", "org-" + UUID.randomUUID(),
                        "GINKO_PROJECT", "checkout",
                        "GINKO_AGENT_NAME", "Distribution-Agent"))
                .build();
        StdioClientTransport transport = new StdioClientTransport(parameters,
                new JacksonMcpJsonMapper(new ObjectMapper()));
        // The transport must read the server's stderr: it stops sending to a server whose stderr has ended.
        transport.setStdErrorHandler(line -> System.err.println("[dist mcp] " + line));
        McpSyncClient client = McpClient.sync(transport).requestTimeout(TIMEOUT).initializationTimeout(TIMEOUT)
                .build();
        try {
            InitializeResult initialized = client.initialize();

            assertThat(initialized.serverInfo().version()).isEqualTo(VERSION);
            assertThat(client.listTools().tools()).extracting(Tool::name).contains("claim_task", "wait_for_events");
        } finally {
            client.closeGracefully();
            // As an MCP client does when a server outlives the end of its session; only the server started here.
            ProcessHandle.current().children()
                    .filter(child -> child.info().commandLine().orElse("").contains(home.toString()))
                    .forEach(ProcessHandle::destroyForcibly);
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    /**
     * Runs the unpacked launcher from a folder of its own, as a user with an empty home and cache folder would,
     * with none of ginko's variables but {@code environment}.
     */
    private static Result run(Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/ginko").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("GINKO_") || name.startsWith("XDG_"));
        builder.environment().put("HOME", userHome.toString());
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as(output).isTrue();
        return new Result(process.exitValue(), output);
    }

    /**
     * The feature release of the JDK the launcher chose, as it remembers it (key, java, release; tab-separated): from
     * 25 on it keeps an ahead-of-time cache per command, before that a class-data archive.
     */
    private static int javaFeatureRelease(Path state) throws IOException {
        return Integer.parseInt(Files.readString(state.resolve("ginko.java")).strip().split("\t", -1)[2]);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.sorted().toList();
        }
    }
}
