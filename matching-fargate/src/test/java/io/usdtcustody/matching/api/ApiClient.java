package io.usdtcustody.matching.api;

import io.usdtcustody.model.catalogue.ApiSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;

/** The tests' HTTP client for one running service: JSON requests with a tenant and, on writes, a key. */
final class ApiClient {
    private static final AtomicLong KEYS = new AtomicLong();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Sends the request; a write gets a fresh Idempotency-Key. */
    HttpResponse<String> send(String method, String path, String tenant, String body) throws Exception {
        return sendKeyed(method, path, tenant, body, method.equals("GET") ? null : "test-key-" + KEYS.incrementAndGet());
    }

    /** Sends the request with exactly this Idempotency-Key ({@code null}: none). */
    HttpResponse<String> sendKeyed(String method, String path, String tenant, String body, String key)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (tenant != null) {
            request.header(AccountIds.TENANT_HEADER, tenant);
        }
        if (key != null) {
            request.header(ApiSpec.IDEMPOTENCY_KEY_HEADER, key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Server-sent events from {@code path}, line by line, into {@code lines}, until the returned future is cancelled. */
    java.util.concurrent.CompletableFuture<Void> subscribe(String path, java.util.Queue<String> lines) {
        HttpRequest subscribe = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/event-stream")
                .build();
        return http.sendAsync(subscribe, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
    }
}
