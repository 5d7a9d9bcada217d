package io.usdtcustody.localcloud.gateway.jwt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.usdtcustody.localcloud.gateway.LoopbackHttp;
import io.usdtcustody.model.jwt.JwsAlgorithm;
import io.usdtcustody.model.tenancy.TenantId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The local identity provider as an HTTP server of its own, so its URL is the tokens' issuer as a Cognito user
 * pool's URL is: {@code GET /.well-known/openid-configuration} and {@code /.well-known/jwks.json} as any OIDC
 * issuer publishes them, and a local-only {@code POST /tokens} ({@code {"tenant","subject","alg","ttlSeconds"}})
 * that mints a demo ID token, standing in for the app's sign-in.
 */
public final class IdentityProviderServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MAX_LIFETIME = Duration.ofDays(1);

    private final HttpServer server;
    private final LocalTokenIssuer issuer;

    private IdentityProviderServer(HttpServer server, LocalTokenIssuer issuer) {
        this.server = server;
        this.issuer = issuer;
    }

    /** Starts on {@code port} (0 = any free port); tokens are for {@code audience} and carry {@code tenantClaim}. */
    public static IdentityProviderServer start(int port, String audience, String tenantClaim, Clock clock, SecureRandom random) {
        HttpServer server = LoopbackHttp.bind(port, "local-idp", 2);
        LocalTokenIssuer issuer = new LocalTokenIssuer(LoopbackHttp.url(server), audience, tenantClaim, clock, random);
        IdentityProviderServer idp = new IdentityProviderServer(server, issuer);
        server.createContext("/", idp::handle);
        server.start();
        return idp;
    }

    public LocalTokenIssuer issuer() {
        return issuer;
    }

    public String url() {
        return LoopbackHttp.url(server);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if ("GET".equals(method) && "/.well-known/jwks.json".equals(path)) {
            LoopbackHttp.sendJson(exchange, 200, "application/json", issuer.keys().toJson().getBytes(StandardCharsets.UTF_8));
        } else if ("GET".equals(method) && "/.well-known/openid-configuration".equals(path)) {
            LoopbackHttp.sendJson(exchange, 200, "application/json", JSON.writeValueAsBytes(Map.of(
                    "issuer", issuer.issuer(), "jwks_uri", issuer.issuer() + "/.well-known/jwks.json",
                    "id_token_signing_alg_values_supported", new String[] {"ES256", "RS256"})));
        } else if ("POST".equals(method) && "/tokens".equals(path)) {
            mint(exchange);
        } else {
            LoopbackHttp.sendJson(exchange, 404, "application/json", "{\"message\":\"not found\"}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void mint(HttpExchange exchange) throws IOException {
        try {
            JsonNode request = JSON.readTree(LoopbackHttp.readBody(exchange, 4096).orElseThrow());
            TenantId tenant = TenantId.of(request.path("tenant").asText(""));
            String subject = request.path("subject").asText("");
            if (!subject.matches("[A-Za-z0-9._@-]{1,128}")) {
                throw new IllegalArgumentException("subject");
            }
            JwsAlgorithm algorithm = JwsAlgorithm.fromHeader(request.path("alg").asText("ES256")).orElseThrow();
            Duration lifetime = Duration.ofSeconds(request.path("ttlSeconds").asLong(3600));
            if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
                throw new IllegalArgumentException("ttlSeconds");
            }
            String token = issuer.mint(tenant, subject, algorithm, lifetime);
            LoopbackHttp.sendJson(exchange, 200, "application/json",
                    JSON.writeValueAsBytes(Map.of("idToken", token, "expiresIn", lifetime.toSeconds())));
        } catch (RuntimeException | IOException e) {
            LoopbackHttp.sendJson(exchange, 400, "application/json", ("{\"message\":\"expected {\\\"tenant\\\": a tenant id, "
                    + "\\\"subject\\\": 1-128 of [A-Za-z0-9._@-], \\\"alg\\\": ES256|RS256, \\\"ttlSeconds\\\": 1-86400}\"}")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        LoopbackHttp.stop(server, 0);
    }
}
