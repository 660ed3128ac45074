package ai.ginko.examples.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's side of stdio as the SDK's transport reads it: the same newline-delimited JSON-RPC messages, with two
 * additions the server needs.
 *
 * <ul>
 *   <li>It tells when the input ends ({@link #awaitEnd()}): a client ends an MCP session by closing the server's
 *       stdin, and that is when the agent goes offline.</li>
 *   <li>It drops, with a warning on stderr, a line that is not a JSON-RPC message. The SDK's transport stops
 *       reading for good at such a line, which would leave this process (and so the agent) alive but deaf.</li>
 * </ul>
 */
final class ProtocolInput extends InputStream {

    private static final Logger LOG = LoggerFactory.getLogger(ProtocolInput.class);
    private static final byte[] NONE = new byte[0];

    private final BufferedReader lines;
    private final McpJsonMapper mapper;
    private final CountDownLatch ended = new CountDownLatch(1);
    private byte[] line = NONE;
    private int next;

    ProtocolInput(InputStream in, McpJsonMapper mapper) {
        this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.mapper = mapper;
    }

    /** Blocks until the client closes the input (or it fails). */
    void awaitEnd() throws InterruptedException {
        ended.await();
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return line[next++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int count = Math.min(length, line.length - next);
        System.arraycopy(line, next, buffer, offset, count);
        next += count;
        return count;
    }

    /** Makes sure there are bytes of a valid message to hand out; false at the end of the input. */
    private boolean fill() throws IOException {
        while (next == line.length) {
            String text;
            try {
                text = lines.readLine();
            } catch (IOException e) {
                ended.countDown();
                throw e;
            }
            if (text == null) {
                ended.countDown();
                return false;
            }
            if (isMessage(text)) {
                line = (text + "\n").getBytes(StandardCharsets.UTF_8);
                next = 0;
            }
        }
        return true;
    }

    private boolean isMessage(String text) {
        if (text.isBlank()) {
            return false;
        }
        try {
            McpSchema.deserializeJsonRpcMessage(mapper, text);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring an input line that is not a JSON-RPC message: {}", e.getMessage());
            return false;
        }
    }
}
