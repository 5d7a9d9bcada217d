package io.usdtcustody.localcloud.gateway.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.usdtcustody.localcloud.gateway.LoopbackHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Lambda Runtime API (version 2018-06-01) for one execution environment, as the official runtime
 * interface client expects it: {@code GET /runtime/invocation/next} long-polls for an event and answers with
 * the {@code Lambda-Runtime-*} headers (and a {@code Content-Type}, without which the client's native HTTP
 * code crashes), {@code POST /runtime/invocation/{id}/response} and {@code /error} end an invocation, and
 * {@code POST /runtime/init/error} reports a failed start.
 *
 * <p>Each process the environment starts is one generation with its own queue, so a long-poll left over from
 * a killed process can never take the next process's event.
 */
final class RuntimeApiServer implements AutoCloseable {
    static final String PREFIX = "/2018-06-01/runtime/";
    /** Lambda's synchronous response limit. */
    static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final String functionArn;
    private final AtomicReference<Generation> generation = new AtomicReference<>(new Generation());

    RuntimeApiServer(String threadName, String functionArn) {
        this.functionArn = functionArn;
        this.server = LoopbackHttp.bind(0, threadName, 0);
        server.createContext(PREFIX, this::handle);
        server.start();
    }

    /** {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Starts a new generation for a new process; the previous one's invocation (if any) ends as exited. */
    Generation reset() {
        Generation previous = generation.getAndSet(new Generation());
        Invocation orphan = previous.current.getAndSet(null);
        if (orphan != null) {
            orphan.result().complete(InvocationResult.failed(InvocationResult.Outcome.RUNTIME_EXITED, "Runtime.ExitError"));
        }
        return generation.get();
    }

    Generation current() {
        return generation.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
        String method = exchange.getRequestMethod();
        Generation gen = generation.get();
        if ("GET".equals(method) && "invocation/next".equals(path)) {
            next(exchange, gen);
        } else if ("POST".equals(method) && "init/error".equals(path)) {
            gen.initError.compareAndSet(null, errorType(exchange));
            gen.ready.countDown();
            accepted(exchange);
        } else if ("POST".equals(method) && path.startsWith("invocation/") && (path.endsWith("/response") || path.endsWith("/error"))) {
            String requestId = path.substring("invocation/".length(), path.lastIndexOf('/'));
            Invocation invocation = gen.current.get();
            if (invocation == null || !invocation.requestId().equals(requestId)) {
                send(exchange, 400, "{\"errorMessage\":\"Invalid request ID\",\"errorType\":\"InvalidRequestID\"}");
                return;
            }
            Optional<byte[]> body = LoopbackHttp.readBody(exchange, MAX_RESPONSE_BYTES);
            gen.current.compareAndSet(invocation, null);
            if (body.isEmpty()) {
                invocation.result().complete(InvocationResult.failed(InvocationResult.Outcome.FUNCTION_ERROR,
                        "Function.ResponseSizeTooLarge"));
                send(exchange, 413, "{\"errorMessage\":\"Response payload too large\",\"errorType\":\"RequestEntityTooLarge\"}");
                return;
            }
            invocation.result().complete(path.endsWith("/response")
                    ? new InvocationResult(InvocationResult.Outcome.SUCCESS, body.get(), "", java.time.Duration.ZERO)
                    : new InvocationResult(InvocationResult.Outcome.FUNCTION_ERROR, body.get(), errorType(exchange, body.get()),
                            java.time.Duration.ZERO));
            accepted(exchange);
        } else {
            send(exchange, 404, "{\"errorMessage\":\"not a Runtime API path\",\"errorType\":\"NotFound\"}");
        }
    }

    /** Long-polls this generation's queue; the first poll of a generation marks the runtime as initialised. */
    private void next(HttpExchange exchange, Generation gen) throws IOException {
        gen.ready.countDown();
        Invocation invocation = null;
        try {
            while (invocation == null && generation.get() == gen) {
                invocation = gen.queue.poll(200, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (invocation == null) {
            exchange.close(); // the process this poll came from was replaced or the server is stopping
            return;
        }
        gen.current.set(invocation);
        var headers = exchange.getResponseHeaders();
        headers.set("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
        headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(invocation.deadlineEpochMillis()));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", functionArn);
        headers.set("Lambda-Runtime-Trace-Id", invocation.traceId());
        LoopbackHttp.sendJson(exchange, 200, "application/json", invocation.event());
    }

    private static String errorType(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
        return header == null ? "Runtime.Unknown" : header;
    }

    private static String errorType(HttpExchange exchange, byte[] body) {
        String header = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
        if (header != null) {
            return header;
        }
        try {
            JsonNode error = JSON.readTree(body);
            return error != null && error.path("errorType").isTextual() ? error.get("errorType").textValue() : "Runtime.Unknown";
        } catch (IOException e) {
            return "Runtime.Unknown";
        }
    }

    private static void accepted(HttpExchange exchange) throws IOException {
        send(exchange, 202, "{\"status\":\"OK\"}");
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        LoopbackHttp.sendJson(exchange, status, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        reset();
        LoopbackHttp.stop(server, 0);
    }

    /** One process's view of the API: its event queue, its invocation in flight, and whether it has started. */
    static final class Generation {
        final BlockingQueue<Invocation> queue = new LinkedBlockingQueue<>(1);
        final AtomicReference<Invocation> current = new AtomicReference<>();
        final CountDownLatch ready = new CountDownLatch(1);
        final AtomicReference<String> initError = new AtomicReference<>();

        boolean isReady() {
            return ready.getCount() == 0 && initError.get() == null;
        }
    }

    /** One event handed to the runtime, and where its outcome goes. */
    record Invocation(String requestId, String traceId, byte[] event, long deadlineEpochMillis,
                      CompletableFuture<InvocationResult> result) {
    }
}
