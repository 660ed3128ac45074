package ai.ginko.core.contract;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library's live threads, virtual ones included. {@link Thread#getAllStackTraces()} lists platform threads
 * only, and the client's threads are all virtual, so a check based on it alone would pass whatever leaked; the JSON
 * thread dump lists virtual threads too.
 */
final class LiveThreads {

    private static final String PREFIX = "ginko-";
    private static final Pattern THREAD =
            Pattern.compile("\"tid\":\\s*\"(\\d+)\"[^{}\\[\\]]*?\"name\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private LiveThreads() {
    }

    /** Live threads whose name starts with {@code ginko-}, by thread id. */
    static Map<Long, String> ginkoThreads() {
        Map<Long, String> found = new HashMap<>();
        Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(PREFIX))
                .forEach(t -> found.put(t.threadId(), t.getName()));
        Matcher matcher = THREAD.matcher(threadDump());
        while (matcher.find()) {
            String name = matcher.group(2).replace("\\/", "/");
            if (name.startsWith(PREFIX)) {
                found.put(Long.parseLong(matcher.group(1)), name);
            }
        }
        return found;
    }

    private static String threadDump() {
        try {
            Path directory = Files.createTempDirectory("ginko-threads");
            Path dump = directory.resolve("threads.json");
            try {
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                        .dumpThreads(dump.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
                return Files.readString(dump);
            } finally {
                Files.deleteIfExists(dump);
                Files.delete(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
