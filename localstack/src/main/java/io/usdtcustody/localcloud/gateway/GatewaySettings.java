package io.usdtcustody.localcloud.gateway;

import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.catalogue.FunctionSpec;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the local gateway serves and with which limits: the API (routes, plans, tenant claim), the catalogue
 * functions its routes may invoke (for their timeouts), where each service listens, the stage name that
 * appears in events, API Gateway's integration timeout, the body limits (Lambda's 6 MB synchronous payload,
 * API Gateway's 10 MB) and the clock that usage plans and token checks read.
 */
public record GatewaySettings(ApiSpec api, List<FunctionSpec> functions, Map<String, URI> services, String stage,
                              Duration integrationTimeout, int maxFunctionBodyBytes, int maxServiceBodyBytes,
                              Clock clock) {
    /** API Gateway REST APIs give an integration at most 29 seconds by default. */
    public static final Duration API_GATEWAY_TIMEOUT = Duration.ofSeconds(29);
    public static final int LAMBDA_PAYLOAD_BYTES = 6 * 1024 * 1024;
    public static final int API_GATEWAY_PAYLOAD_BYTES = 10 * 1024 * 1024;

    public GatewaySettings {
        Objects.requireNonNull(api, "api");
        functions = List.copyOf(functions);
        services = Map.copyOf(services);
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(integrationTimeout, "integrationTimeout");
        Objects.requireNonNull(clock, "clock");
        if (maxFunctionBodyBytes < 1 || maxServiceBodyBytes < 1) {
            throw new IllegalArgumentException("body limits must be positive");
        }
    }

    /** AWS's limits, stage {@code local}, the system clock. */
    public static GatewaySettings standard(ApiSpec api, List<FunctionSpec> functions, Map<String, URI> services) {
        return new GatewaySettings(api, functions, services, "local", API_GATEWAY_TIMEOUT, LAMBDA_PAYLOAD_BYTES,
                API_GATEWAY_PAYLOAD_BYTES, Clock.systemUTC());
    }

    /** How long the gateway waits for a function: its own timeout, capped by the integration timeout. */
    public Duration functionTimeout(String function) {
        return functions.stream().filter(spec -> spec.name().equals(function)).findFirst()
                .map(spec -> Duration.ofSeconds(spec.timeoutSeconds()))
                .filter(timeout -> timeout.compareTo(integrationTimeout) < 0)
                .orElse(integrationTimeout);
    }
}
