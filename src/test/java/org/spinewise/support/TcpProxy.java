package org.spinewise.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on a local port to a target host and port, which a test can {@link #cut()}: every live
 * connection is closed and new ones are closed as soon as they are accepted, as if the server behind
 * it had gone away; {@link #restore()} relays again. Plain sockets and one thread per direction.
 */
public final class TcpProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    private TcpProxy(InetSocketAddress target, ServerSocket listener) {
        this.target = target;
        this.listener = listener;
    }

    /** Listens on a free port of the loopback address and relays to {@code host:port}. */
    public static TcpProxy to(String host, int port) throws IOException {
        var proxy = new TcpProxy(
                new InetSocketAddress(host, port), new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        Thread acceptor = new Thread(proxy::acceptConnections, "tcp-proxy-accept-" + proxy.port());
        acceptor.setDaemon(true);
        acceptor.start();
        return proxy;
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** One relayed connection: the client's socket and ours to the target. */
    private record Link(Socket client, Socket server) {

        void close() {
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    /** Closes every live connection, and every new one on arrival, until {@link #restore()}. */
    public void cut() {
        cut = true;
        links.forEach(Link::close);
    }

    public void restore() {
        cut = false;
    }

    /** Connections being relayed now. */
    public int liveConnections() {
        return links.size();
    }

    @Override
    public void close() {
        cut();
        closeQuietly(listener);
    }

    private void acceptConnections() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (cut) {
                    closeQuietly(client);
                } else {
                    relay(client);
                }
            } catch (IOException e) {
                // The listener was closed (close()), or one connection failed to open: go on while listening.
            }
        }
    }

    private void relay(Socket client) {
        Socket server;
        try {
            server = new Socket();
            server.connect(target, 5_000);
        } catch (IOException unreachable) {
            closeQuietly(client);
            return;
        }
        Link link = new Link(client, server);
        links.add(link);
        pump(client, server, link);
        pump(server, client, link);
        // A cut() racing with this accept may have missed the link just added.
        if (cut) {
            link.close();
        }
    }

    /** Copies one direction until either side closes, then closes both, as a dropped link would. */
    private void pump(Socket from, Socket to, Link link) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[16 * 1024];
                    try {
                        InputStream in = from.getInputStream();
                        OutputStream out = to.getOutputStream();
                        for (int read; (read = in.read(buffer)) != -1; ) {
                            out.write(buffer, 0, read);
                            out.flush();
                        }
                    } catch (IOException closed) {
                        // Either side went away, or cut(): close both below.
                    } finally {
                        link.close();
                        links.remove(link);
                    }
                },
                "tcp-proxy-" + from.getPort() + "-" + to.getPort());
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing what is already closed or broken.
        }
    }
}
