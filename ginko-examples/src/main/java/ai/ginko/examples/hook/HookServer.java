package ai.ginko.examples.hook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fast path of {@code ginko hook}: a {@code ginko mcp} process answers its session's hooks on a loopback port,
 * so that a hook costs a shell script and a round trip instead of a JVM start.
 *
 * <p><b>Found without configuration, never mixed.</b> The server writes {@code hook-<pid>} into the
 * {@link RuntimeFolder}, where {@code pid} is its parent process: the Claude Code process of its session, which
 * also starts that session's hooks. The launcher walks up its own ancestors and takes the first such file. Two
 * sessions in one folder have two Claude Code processes, hence two files, and each hook finds its own session's
 * (its ancestors include its Claude Code process and not the other's).
 *
 * <p><b>Only its owner talks to it.</b> The port listens on 127.0.0.1 only, and every request starts with a
 * random secret that only the file (mode 600, in a folder of mode 700) holds.
 *
 * <p><b>The protocol</b>, small enough for bash's {@code /dev/tcp}: the request is the secret, a line with the
 * length of the hook's input in bytes (and, after a space, the hook's {@link ConflictMode#ENV}), and the input; the answer is {@code ok}, a line break and what the hook
 * prints (possibly nothing), or {@code error <reason>} (the hook then prints the reason on stderr and nothing on
 * stdout). A wrong secret gets {@code denied}, and the launcher falls back to the command line.
 */
public final class HookServer implements AutoCloseable {

    /** Longest time an answer may take before the hook gives up on the database and prints nothing. */
    static final Duration ANSWER_TIMEOUT = Duration.ofMillis(2500);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(HookServer.class);

    private final ServerSocket socket;
    private final byte[] secret;
    private final Path file;
    private final String fileContent;
    private final HookResponder responder;
    private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();

    private HookServer(ServerSocket socket, byte[] secret, Path file, HookResponder responder) {
        this.socket = socket;
        this.secret = secret.clone();
        this.file = file;
        this.fileContent = socket.getLocalPort() + " " + new String(secret, StandardCharsets.US_ASCII) + "\n";
        this.responder = responder;
    }

    /**
     * Listens on a free loopback port and announces it for the session of the parent process; empty when this
     * process has no parent to name, or the folder cannot be written (the hooks then use the command line).
     */
    public static Optional<HookServer> start(HookResponder responder, Path folder) {
        Optional<Long> session = ProcessHandle.current().parent().map(ProcessHandle::pid);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        try {
            ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            byte[] secret = HexFormat.of().formatHex(randomBytes()).getBytes(StandardCharsets.US_ASCII);
            HookServer server = new HookServer(socket, secret, RuntimeFolder.fileFor(folder, session.get()),
                    responder);
            RuntimeFolder.create(folder);
            RuntimeFolder.writePrivate(server.file, server.fileContent);
            Thread.ofVirtual().name("ginko-hook-server").start(server::acceptLoop);
            return Optional.of(server);
        } catch (IOException e) {
            LOG.warn("Hooks will start the command line: cannot serve them from this process ({})", e.toString());
            return Optional.empty();
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** The file that announces this server. */
    public Path file() {
        return file;
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connections.execute(() -> serve(connection));
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.debug("Hook connection not accepted: {}", e.toString());
                }
            }
        }
    }

    private void serve(Socket connection) {
        try (connection; InputStream in = connection.getInputStream(); OutputStream out = connection.getOutputStream()) {
            connection.setSoTimeout((int) READ_TIMEOUT.toMillis());
            if (!MessageDigest.isEqual(secret, line(in).getBytes(StandardCharsets.US_ASCII))) {
                out.write("denied\n".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            String answer = answer(request(in));
            // One line per hook, for whoever needs to see which process answered a session's hooks; before the
            // answer, so that it is in the log by the time the hook has ended.
            LOG.debug("Answered a hook of this session ({})", answer.substring(0, answer.indexOf('\n')));
            out.write(answer.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.debug("Hook connection failed: {}", e.toString());
        }
    }

    /** A hook's request: its input, and the hook's own {@link ConflictMode} setting (its environment's). */
    private record Request(String input, String conflicts) {
    }

    /** The length line is the input's length in bytes and, after a space, the hook's GINKO_HOOK_CONFLICT. */
    private static Request request(InputStream in) throws IOException {
        String[] header = line(in).strip().split(" ", 2);
        int length;
        try {
            length = Integer.parseInt(header[0]);
        } catch (NumberFormatException e) {
            throw new IOException("the request's length line does not start with a number", e);
        }
        if (length < 0 || length > HookInput.MAX_BYTES) {
            throw new IOException("the request's length must be 0 to " + HookInput.MAX_BYTES + ", was " + length);
        }
        String conflicts = header.length > 1 && !header[1].isBlank() ? header[1] : ConflictMode.DENY.decision();
        return new Request(new String(in.readNBytes(length), StandardCharsets.UTF_8), conflicts);
    }

    private String answer(Request request) {
        Future<Optional<String>> answer = connections.submit(() -> responder.respond(
                HookInput.parse(request.input()), ConflictMode.parse(request.conflicts())));
        try {
            return "ok\n" + answer.get(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).map(json -> json + "\n")
                    .orElse("");
        } catch (TimeoutException e) {
            answer.cancel(true);
            return "error ginko: no answer from the database within " + ANSWER_TIMEOUT.toMillis() + " ms\n";
        } catch (ExecutionException e) {
            return "error ginko: " + oneLine(Objects.requireNonNullElse(e.getCause(), e)) + "\n";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "error ginko: the MCP server is stopping\n";
        }
    }

    private static String oneLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        return message.replaceAll("\\s+", " ");
    }

    /** One line of ASCII (the secret, the length), without its line break. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0 || line.size() > 256) {
                throw new IOException("the request ended or ran on before a line break");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    /** Stops answering and removes the file, unless another server of the session has replaced it since. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("Closing the hook port: {}", e.toString());
        }
        connections.shutdownNow();
        try {
            if (Files.exists(file) && Files.readString(file).equals(fileContent)) {
                Files.delete(file);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}; hooks will find its port closed and use the command line", file,
                    e.toString());
        }
    }
}
