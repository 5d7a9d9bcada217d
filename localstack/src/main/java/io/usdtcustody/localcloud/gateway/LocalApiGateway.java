package io.usdtcustody.localcloud.gateway;

import com.sun.net.httpserver.HttpServer;
import io.usdtcustody.localcloud.component.CloudComponent;
import io.usdtcustody.localcloud.gateway.auth.ApiKeys;
import io.usdtcustody.localcloud.gateway.auth.Authenticator;
import io.usdtcustody.localcloud.gateway.auth.UsagePlanLimiter;
import io.usdtcustody.localcloud.gateway.integration.TargetInvoker;
import io.usdtcustody.localcloud.gateway.lambda.LocalLambda;
import io.usdtcustody.localcloud.HealthProbe;
import io.usdtcustody.model.jwt.JwtVerifier;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The local API Gateway: one HTTP server that serves the catalogue's routes with API Gateway's behaviour (API
 * keys and usage plans for partners, JWTs for mobile, Lambda proxy events for functions, HTTP proxying for
 * services, problem+json for its own errors). It owns the local Lambda it invokes and stops it on close.
 */
public final class LocalApiGateway implements CloudComponent {
    /** Request threads; each waits for its function or service, so this bounds concurrent requests. */
    static final int THREADS = 32;

    private final HttpServer server;
    private final LocalLambda lambda;

    private LocalApiGateway(HttpServer server, LocalLambda lambda) {
        this.server = server;
        this.lambda = lambda;
    }

    /** Starts on 127.0.0.1:{@code port} (0 = any free port). */
    public static LocalApiGateway start(int port, GatewaySettings settings, ApiKeys keys, Optional<JwtVerifier> jwt,
                                        LocalLambda lambda) {
        Objects.requireNonNull(settings, "settings");
        HttpServer server = LoopbackHttp.bind(port, "api-gateway", THREADS);
        GatewayHandler handler = new GatewayHandler(settings,
                new Authenticator(keys, jwt, settings.api().tenantClaim(), settings.clock()),
                new UsagePlanLimiter(settings.api(), settings.clock()),
                new TargetInvoker(settings, lambda));
        server.createContext("/", handler);
        server.start();
        return new LocalApiGateway(server, lambda);
    }

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public String endpoint() {
        return LoopbackHttp.url(server);
    }

    @Override
    public boolean healthy() {
        return HealthProbe.http(endpoint() + GatewayHandler.HEALTH_PATH);
    }

    @Override
    public Map<String, String> environment() {
        return Map.of("API_GATEWAY_URL", endpoint());
    }

    @Override
    public Map<String, Long> pids() {
        return Map.of();
    }

    @Override
    public void close() {
        LoopbackHttp.stop(server, 0);
        lambda.close();
    }
}
