package ai.ginko.neo4j.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on loopback that a test controls, put between the driver and Neo4j to simulate a network outage:
 * {@link #cut()} drops every open connection and refuses new ones until {@link #restore()}; {@link #retarget}
 * points it at another server (a restarted Neo4j on a new port) while clients keep the proxy's address.
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile InetSocketAddress target;
    private volatile boolean refusing;

    public TcpProxy(URI target) throws IOException {
        this.target = new InetSocketAddress(target.getHost(), target.getPort());
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = Thread.ofVirtual().name("tcp-proxy-accept").start(this::acceptLoop);
    }

    /** The proxy's own address, as a Bolt URI for the driver. */
    public String boltUri() {
        return "bolt://127.0.0.1:" + server.getLocalPort();
    }

    public void cut() {
        refusing = true;
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    public void restore() {
        refusing = false;
    }

    public void retarget(URI newTarget) {
        target = new InetSocketAddress(newTarget.getHost(), newTarget.getPort());
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (refusing) {
                    closeQuietly(client);
                } else {
                    connect(client);
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private void connect(Socket client) {
        Socket upstream = new Socket();
        try {
            upstream.connect(target, 2_000);
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(upstream);
            return;
        }
        open.add(client);
        open.add(upstream);
        Thread.ofVirtual().start(() -> pipe(client, upstream));
        Thread.ofVirtual().start(() -> pipe(upstream, client));
    }

    private void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // One side went away (or cut() closed it): close both so that the driver sees the break.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already broken: nothing more to release.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        cut();
        acceptor.interrupt();
    }
}
