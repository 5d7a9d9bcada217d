package io.usdtcustody.localcloud.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.gateway.auth.ApiKeys;
import io.usdtcustody.localcloud.gateway.auth.Authenticator;
import io.usdtcustody.localcloud.gateway.jwt.IdentityProviderServer;
import io.usdtcustody.localcloud.gateway.jwt.RemoteJwks;
import io.usdtcustody.localcloud.gateway.lambda.FunctionDeployment;
import io.usdtcustody.localcloud.gateway.lambda.LocalLambda;
import io.usdtcustody.localcloud.gateway.testfunction.TestFunctionCode;
import io.usdtcustody.localcloud.testing.MutableClock;
import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.catalogue.FunctionSpec;
import io.usdtcustody.model.catalogue.HttpMethod;
import io.usdtcustody.model.catalogue.RouteAuth;
import io.usdtcustody.model.catalogue.RouteSpec;
import io.usdtcustody.model.catalogue.RouteTarget;
import io.usdtcustody.model.catalogue.UsagePlanSpec;
import io.usdtcustody.model.jwt.JwsAlgorithm;
import io.usdtcustody.model.jwt.JwtVerifier;
import io.usdtcustody.model.tenancy.TenantId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Shared set-up of the gateway ITs: a gateway on a free port serving a test route table whose functions are
 * test handlers run in real runtime JVMs by the official runtime interface client, a loopback service that
 * reports what it received, and a local identity provider whose JWKS the gateway fetches over HTTP.
 */
abstract class GatewayFixture {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String AUDIENCE = "usdt-mobile-test";
    static final String TENANT_CLAIM = "custom:tenant_id";
    static final FunctionSpec ECHO = new FunctionSpec("echo", "test", "io.usdtcustody.localcloud.gateway.testfunction.EchoHandler::handleRequest",
            256, 5, List.of(), List.of(), List.of(), List.of());
    static final FunctionSpec RAW = new FunctionSpec("raw", "test", "io.usdtcustody.localcloud.gateway.testfunction.RawHandler::handleRequest",
            256, 2, List.of(), List.of(), List.of(), List.of());
    static final ApiSpec API = new ApiSpec(List.of(
            RouteSpec.of(HttpMethod.GET, "/v1/echo/{item}", RouteTarget.function(ECHO), RouteAuth.API_KEY_OR_JWT, "echo"),
            RouteSpec.of(HttpMethod.POST, "/v1/echo/{item}", RouteTarget.function(ECHO), RouteAuth.API_KEY_OR_JWT, "echo write"),
            new RouteSpec(HttpMethod.POST, "/v1/hooks/{vendor}", RouteTarget.function(ECHO), RouteAuth.NONE, false, "webhook"),
            RouteSpec.of(HttpMethod.GET, "/v1/metered", RouteTarget.function(ECHO), RouteAuth.API_KEY, "metered"),
            RouteSpec.of(HttpMethod.GET, "/v1/raw/{mode}", RouteTarget.function(RAW), RouteAuth.API_KEY, "misbehaving"),
            RouteSpec.of(HttpMethod.GET, "/v1/whoami", new RouteTarget.ServiceTarget("probe"), RouteAuth.API_KEY_OR_JWT, "service")),
            List.of(new UsagePlanSpec("standard", 1000, 1000, 100_000, "roomy"),
                    new UsagePlanSpec("bursty", 1, 2, 100_000, "two at once, one per second"),
                    new UsagePlanSpec("capped", 1000, 1000, 3, "three a day")),
            TENANT_CLAIM, List.of("application/pdf"));

    static final MutableClock CLOCK = new MutableClock(Instant.now());
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String acmeKey;
    static String betaKey;
    static String burstyKey;
    static String cappedKey;
    static IdentityProviderServer idp;
    static HttpServer probe;
    static LocalApiGateway gateway;

    /** Starts everything once per test class. */
    @BeforeAll
    static void startGateway() throws IOException {
        Path work = Files.createTempDirectory("gateway-it");
        ApiKeys keys = new ApiKeys(API, new SecureRandom());
        acmeKey = keys.issue("acme-key", TenantId.of("acme"), "standard");
        betaKey = keys.issue("beta-key", TenantId.of("beta"), "standard");
        burstyKey = keys.issue("acme-bursty", TenantId.of("acme"), "bursty");
        cappedKey = keys.issue("acme-capped", TenantId.of("acme"), "capped");
        idp = IdentityProviderServer.start(0, AUDIENCE, TENANT_CLAIM, CLOCK, new SecureRandom());
        JwtVerifier verifier = new JwtVerifier(new RemoteJwks(URI.create(idp.url() + "/.well-known/jwks.json"), CLOCK),
                Authenticator.bearerRequirements(idp.issuer().issuer(), AUDIENCE, Duration.ofSeconds(30)));
        probe = startProbe();
        List<Path> code = TestFunctionCode.build(work);
        Map<String, String> environment = Map.of("RESOURCE_PREFIX", "t-gw-", "AWS_REGION", "us-east-1",
                "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:8000");
        LocalLambda lambda = new LocalLambda(List.of(new FunctionDeployment(ECHO, "t-gw-echo", code, environment),
                new FunctionDeployment(RAW, "t-gw-raw", code, environment)), ProjectLayout.locate().tether(), work, 1);
        GatewaySettings settings = new GatewaySettings(API, List.of(ECHO, RAW),
                Map.of("probe", URI.create(LoopbackHttp.url(probe))), "local", GatewaySettings.API_GATEWAY_TIMEOUT,
                64 * 1024, 64 * 1024, CLOCK);
        gateway = LocalApiGateway.start(0, settings, keys, Optional.of(verifier), lambda);
    }

    @AfterAll
    static void stopGateway() {
        if (gateway != null) {
            gateway.close();
        }
        if (probe != null) {
            LoopbackHttp.stop(probe, 0);
        }
        if (idp != null) {
            idp.close();
        }
    }

    /** A stand-in service that answers with the headers the gateway forwarded to it. */
    private static HttpServer startProbe() {
        HttpServer server = LoopbackHttp.bind(0, "probe-service", 2);
        server.createContext("/", exchange -> {
            ObjectNode seen = JSON.createObjectNode().put("path", exchange.getRequestURI().toString());
            var tenants = seen.putArray("tenantHeaders");
            List<String> values = exchange.getRequestHeaders().get("X-Tenant-Id");
            if (values != null) {
                values.forEach(tenants::add);
            }
            seen.put("correlationId", exchange.getRequestHeaders().getFirst("X-Correlation-Id"));
            seen.put("forwardedFor", exchange.getRequestHeaders().getFirst("X-Forwarded-For"));
            LoopbackHttp.sendJson(exchange, 200, "application/json", seen.toString().getBytes(StandardCharsets.UTF_8));
        });
        server.start();
        return server;
    }

    static String token(String tenant, String subject, JwsAlgorithm algorithm) {
        return idp.issuer().mint(TenantId.of(tenant), subject, algorithm, Duration.ofMinutes(10));
    }

    static String signed(ObjectNode claims, JwsAlgorithm algorithm) {
        return idp.issuer().sign(claims, algorithm);
    }

    static ObjectNode claims(String tenant) {
        long now = CLOCK.instant().getEpochSecond();
        return JSON.createObjectNode().put("iss", idp.issuer().issuer()).put("aud", AUDIENCE).put("sub", "carol")
                .put(TENANT_CLAIM, tenant).put("iat", now).put("exp", now + 600);
    }

    static HttpResponse<String> send(String method, String path, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.endpoint() + path))
                .timeout(Duration.ofSeconds(40))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + response.body(), e);
        }
    }

    /** Whole seconds to the next UTC midnight, rounded up as Retry-After is. */
    static long secondsToUtcMidnight() {
        Instant now = CLOCK.instant();
        Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return (Duration.between(now, midnight).toNanos() + 999_999_999L) / 1_000_000_000L;
    }
}
