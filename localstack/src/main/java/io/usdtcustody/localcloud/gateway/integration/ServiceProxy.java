package io.usdtcustody.localcloud.gateway.integration;

import io.usdtcustody.localcloud.gateway.GatewayRequest;
import io.usdtcustody.localcloud.gateway.GatewayResponse;
import io.usdtcustody.localcloud.gateway.auth.Caller;
import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.catalogue.AuthorizerContract;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The HTTP proxy integration to a service (API Gateway → VPC link → the service's load balancer in AWS): the
 * request goes to the same path on the service with its headers and body, except that the gateway sets the
 * caller headers ({@link AuthorizerContract#SERVICE_HEADERS}: {@code X-Tenant-Id}, {@code X-Caller-Auth-Method},
 * {@code X-Caller-Principal-Id}) from the authenticated caller, exactly as API Gateway maps them from the
 * authorizer context, removing whatever the client sent; passes the correlation id, and adds
 * {@code X-Forwarded-For}. Hop-by-hop headers stay behind.
 */
public final class ServiceProxy {
    /** Headers the JDK client sets itself or refuses, and those the gateway alone may set. */
    private static final Set<String> NOT_FORWARDED = notForwarded();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    /** What went wrong reaching the service, for the gateway's 502/504. */
    public static final class UpstreamException extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean timedOut;

        UpstreamException(boolean timedOut, Throwable cause) {
            super(timedOut ? "the service did not answer in time" : "the service could not be reached", cause);
            this.timedOut = timedOut;
        }

        public boolean timedOut() {
            return timedOut;
        }
    }

    /**
     * The headers the service gets: the client's, less hop-by-hop ones and any the gateway alone sets, then the
     * caller headers from the authenticated caller (none for an anonymous one), the correlation id and the
     * client's address.
     */
    static Map<String, List<String>> forwardedHeaders(GatewayRequest request, Caller caller) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, List.copyOf(values));
            }
        });
        if (caller.method() != Caller.Method.NONE) {
            Map<String, String> context = Map.of(
                    AuthorizerContract.TENANT_ID, caller.tenant().orElseThrow().value(),
                    AuthorizerContract.AUTH_METHOD, AuthorizerContract.AuthMethod.valueOf(caller.method().name()).name(),
                    AuthorizerContract.PRINCIPAL_ID, caller.principalId());
            AuthorizerContract.SERVICE_HEADERS.forEach((header, key) -> headers.put(header, List.of(context.get(key))));
        }
        headers.put(ApiSpec.CORRELATION_ID_HEADER, List.of(request.correlationId()));
        headers.put("X-Forwarded-For", List.of(request.sourceIp()));
        return headers;
    }

    private static Set<String> notForwarded() {
        Set<String> names = new HashSet<>(Set.of("connection", "content-length", "expect", "host", "upgrade",
                "keep-alive", "transfer-encoding", "te", "trailer", "proxy-connection", "http2-settings",
                ApiSpec.CORRELATION_ID_HEADER.toLowerCase(Locale.ROOT), "x-forwarded-for"));
        AuthorizerContract.SERVICE_HEADERS.keySet().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
        return Set.copyOf(names);
    }

    public GatewayResponse forward(GatewayRequest request, URI serviceBase, Caller caller, Duration timeout)
            throws UpstreamException {
        String target = serviceBase.toString().replaceAll("/+$", "") + request.rawPath()
                + (request.rawQuery() == null || request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(target)).timeout(timeout)
                .method(request.method(), request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        forwardedHeaders(request, caller).forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, List<String>> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> {
                if (!ProxyResponses.NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    headers.put(name, values);
                }
            });
            return new GatewayResponse(response.statusCode(), headers, response.body());
        } catch (HttpTimeoutException e) {
            throw new UpstreamException(true, e);
        } catch (IOException e) {
            throw new UpstreamException(false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamException(true, e);
        }
    }
}
