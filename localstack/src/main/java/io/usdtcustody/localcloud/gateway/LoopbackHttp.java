package io.usdtcustody.localcloud.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The small pieces every JDK {@link HttpServer} of the gateway shares: binding to loopback with a named daemon
 * thread pool, reading a body up to a limit, and writing a response with the right length rules (no body for
 * 204/304 and HEAD, fixed length otherwise).
 */
public final class LoopbackHttp {
    /** How much of an oversized body is read and dropped before the connection is given up. */
    static final long MAX_DRAIN_BYTES = 64L * 1024 * 1024;
    private LoopbackHttp() {
    }

    /** A server on 127.0.0.1 ({@code port} 0 = any free port), not yet started, with its own thread pool. */
    public static HttpServer bind(int port, String threadName, int threads) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
            AtomicInteger counter = new AtomicInteger();
            ExecutorService pool = threads > 0
                    ? Executors.newFixedThreadPool(threads, r -> daemon(r, threadName + "-" + counter.incrementAndGet()))
                    : Executors.newCachedThreadPool(r -> daemon(r, threadName + "-" + counter.incrementAndGet()));
            server.setExecutor(pool);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
    }

    /** Stops the server and its pool: in-flight exchanges get {@code delaySeconds} to finish. */
    public static void stop(HttpServer server, int delaySeconds) {
        server.stop(delaySeconds);
        if (server.getExecutor() instanceof ExecutorService pool) {
            pool.shutdownNow();
        }
    }

    public static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * The body, or empty when it is longer than {@code maxBytes} (the caller answers 413). An oversized body is
     * still read (up to {@link #MAX_DRAIN_BYTES}) and dropped: closing a socket with unread input resets the
     * connection, and the client would lose the 413 along with it.
     */
    public static Optional<byte[]> readBody(HttpExchange exchange, int maxBytes) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length <= maxBytes) {
                return Optional.of(body);
            }
            // read, not skip: the JDK's request stream inherits skip() from FilterInputStream, which skips on the
            // raw connection past the end of this request and blocks waiting for bytes that never come
            byte[] sink = new byte[64 * 1024];
            long drained = 0;
            int read;
            while (drained < MAX_DRAIN_BYTES && (read = in.read(sink)) > 0) {
                drained += read;
            }
            if (drained >= MAX_DRAIN_BYTES) {
                exchange.getResponseHeaders().set("Connection", "close");
            }
            return Optional.empty();
        }
    }

    /** Sends status, the headers already set on the exchange, and the body (none for 204, 304 and HEAD). */
    public static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean noBody = status == 204 || status == 304 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, noBody || body.length == 0 ? -1 : body.length);
        if (!noBody && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    /** Sends a JSON body with its content type. */
    public static void sendJson(HttpExchange exchange, int status, String contentType, byte[] json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        send(exchange, status, json);
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
