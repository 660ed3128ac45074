package ai.ginko.neo4j.faults;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ginko.core.CoordinationClient;
import ai.ginko.neo4j.Neo4jCoordination;
import ai.ginko.neo4j.faults.ClassFileCalls.Call;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Status and order come from the database's clock: the compiled code of ginko-core and ginko-neo4j reads the local
 * wall clock nowhere but in the places listed in {@link #ALLOWED}, each with the reason it cannot affect status or
 * order. Together with {@link ClockSkewTest} (an agent whose clock is ten minutes behind behaves exactly like the
 * others) this proves the guarantee with nothing but the JDK; {@link FaketimeClockSkewTest} adds the strongest
 * skew where Debian's faketime is installed.
 *
 * <p>Measuring a duration with {@code System.nanoTime()} is not a wall-clock read: it never leaves the process.
 */
class WallClockReadsTest {

    /** The wall-clock reads the library may make: class, then the calls it may make, with the reason. */
    private static final Map<String, Allowance> ALLOWED = Map.of(
            "ai.ginko.core.memory.InMemoryCoordination", new Allowance(Set.of("java.time.Clock.systemUTC"),
                    "the in-memory store stands in for the database, so its default clock plays the database's "
                            + "clock; tests hand it a Clock of their own"),
            "ai.ginko.core.internal.DefaultSessionCursor", new Allowance(Set.of("java.time.Instant.now"),
                    "the session's own view of its cursor until the store has written it (updatedAt of "
                            + "cursor().current()); the stored cursor, the one other agents read, carries the "
                            + "store's time, and nothing orders or judges status by it"));

    private record Allowance(Set<String> calls, String reason) {
    }

    @Test
    void theLibraryReadsTheWallClockOnlyWhereAllowed() throws Exception {
        List<String> unexpected = new ArrayList<>();
        wallClockReads(libraryClasses()).forEach((type, calls) -> calls.stream()
                .filter(call -> !ALLOWED.getOrDefault(type, new Allowance(Set.of(), "")).calls().contains(call))
                .forEach(call -> unexpected.add(type + " calls " + call)));

        assertThat(unexpected).as("""
                Wall-clock reads in the library. Status and order must come from the database's clock (Cypher's \
                datetime() and the per-project counter); if a read truly cannot affect them, add it to ALLOWED \
                with the reason.""").isEmpty();
    }

    @Test
    void everyAllowedReadIsStillMade() throws Exception {
        Map<String, Set<String>> reads = wallClockReads(libraryClasses());

        ALLOWED.forEach((type, allowance) -> assertThat(reads.getOrDefault(type, Set.of()))
                .as("%s no longer reads the clock this way; remove the allowance", type)
                .containsAll(allowance.calls()));
    }

    @Test
    void theScanCoversBothModules() throws Exception {
        assertThat(libraryClasses()).containsKeys("ai.ginko.core.internal.DefaultCoordinationClient",
                "ai.ginko.neo4j.internal.Neo4jStore", "ai.ginko.neo4j.Neo4jCoordination")
                .hasSizeGreaterThan(60);
    }

    @Test
    void theScanFindsEveryWayOfReadingTheWallClock() throws IOException {
        Map<String, byte[]> reader = Map.of(ClockReader.class.getName(), classFile(ClockReader.class));

        // A nested class's reads count as its top-level class's.
        assertThat(wallClockReads(reader).get(WallClockReadsTest.class.getName())).containsExactlyInAnyOrder(
                "java.lang.System.currentTimeMillis", "java.time.Instant.now", "java.time.LocalDateTime.now",
                "java.time.ZonedDateTime.now", "java.time.OffsetDateTime.now", "java.time.Clock.systemUTC",
                "java.time.Clock.systemDefaultZone", "java.time.Clock.system", "java.util.Date.<init>",
                "java.util.Calendar.getInstance");
    }

    @Test
    void readingAClockThatIsPassedInIsNotAWallClockRead() throws IOException {
        Map<String, byte[]> reader = Map.of(ClockUser.class.getName(), classFile(ClockUser.class));

        assertThat(wallClockReads(reader)).isEmpty();
    }

    /** The call as "owner.name" when it reads the local wall clock. */
    private static Optional<String> wallClockRead(Call call) {
        String method = call.owner().replace('/', '.') + "." + call.name();
        boolean read = switch (call.owner()) {
            case "java/lang/System" -> call.name().equals("currentTimeMillis");
            case "java/time/Clock" -> call.name().startsWith("system");
            case "java/time/InstantSource" -> call.name().equals("system");
            case "java/util/Date", "java/util/GregorianCalendar" ->
                    call.name().equals("<init>") && call.descriptor().equals("()V");
            case "java/util/Calendar" -> call.name().equals("getInstance");
            // now() and now(ZoneId) read the system clock; now(Clock) reads the clock it is given.
            default -> call.owner().startsWith("java/time/") && call.name().equals("now")
                    && !call.descriptor().contains("Ljava/time/Clock;");
        };
        return read ? Optional.of(method) : Optional.empty();
    }

    private static Map<String, Set<String>> wallClockReads(Map<String, byte[]> classes) {
        Map<String, Set<String>> reads = new TreeMap<>();
        classes.forEach((name, bytes) -> {
            String topLevel = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
            ClassFileCalls.of(bytes).stream().flatMap(call -> wallClockRead(call).stream())
                    .forEach(read -> reads.computeIfAbsent(topLevel, k -> new TreeSet<>()).add(read));
        });
        return reads;
    }

    /** Every class of ginko-core's and ginko-neo4j's main code, by name: from their jars or class folders. */
    private static Map<String, byte[]> libraryClasses() throws IOException, URISyntaxException {
        Map<String, byte[]> classes = new TreeMap<>();
        for (Class<?> member : List.of(CoordinationClient.class, Neo4jCoordination.class)) {
            Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                addClasses(location, classes);
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(location)) {
                    addClasses(jar.getPath("/"), classes);
                }
            }
        }
        return classes;
    }

    private static void addClasses(Path root, Map<String, byte[]> classes) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String relative = root.relativize(file).toString();
                if (!relative.endsWith("module-info.class") && !relative.endsWith("package-info.class")) {
                    classes.put(relative.replace(".class", "").replace('/', '.'), Files.readAllBytes(file));
                }
            }
        }
    }

    private static byte[] classFile(Class<?> type) throws IOException {
        String resource = type.getName().substring(type.getPackageName().length() + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("no class file for " + type));
            }
            return in.readAllBytes();
        }
    }

    /** Reads the wall clock in every way the scan looks for; compiled to be scanned, never run. */
    @SuppressWarnings({"UnusedMethod", "JavaUtilDate", "JavaTimeDefaultTimeZone"}) // reading the clock is the point
    private static final class ClockReader {
        static List<Object> readAll() {
            Supplier<Instant> reference = Instant::now;
            return List.of(System.currentTimeMillis(), reference.get(), LocalDateTime.now(),
                    ZonedDateTime.now(ZoneId.of("UTC")), OffsetDateTime.now(), Clock.systemUTC(),
                    Clock.systemDefaultZone(), Clock.system(ZoneId.of("UTC")), new Date(), Calendar.getInstance());
        }
    }

    /** Reads only clocks it is given; compiled to be scanned, never run. */
    @SuppressWarnings({"UnusedMethod", "JavaUtilDate"}) // a Date from a number reads no clock: the point
    private static final class ClockUser {
        static List<Object> readAll(Clock clock) {
            return List.of(clock.instant(), Instant.now(clock), LocalDateTime.now(clock), new Date(0L));
        }
    }
}
