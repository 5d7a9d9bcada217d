package io.usdtcustody.functions.onboarding.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.functions.common.ApiResponses;
import io.usdtcustody.functions.common.ProxyRequest;
import io.usdtcustody.functions.common.idempotency.Idempotency;
import io.usdtcustody.functions.common.idempotency.StoredResponse;
import io.usdtcustody.functions.common.telemetry.MetricsRecorder;
import io.usdtcustody.functions.onboarding.consent.Consent;
import io.usdtcustody.functions.onboarding.consent.ConsentService;
import io.usdtcustody.functions.onboarding.custody.CustomerAccounts;
import io.usdtcustody.functions.onboarding.custody.DepositAddress;
import io.usdtcustody.functions.onboarding.customer.Customer;
import io.usdtcustody.functions.onboarding.customer.CustomerService;
import io.usdtcustody.functions.onboarding.customer.CustomerStatus;
import io.usdtcustody.functions.onboarding.customer.NewCustomer;
import io.usdtcustody.functions.onboarding.profile.Profile;
import io.usdtcustody.functions.onboarding.profile.ProfileDetails;
import io.usdtcustody.functions.onboarding.profile.ProfileService;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.ids.IdGenerator;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Chain;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The onboarding API, one method per route of the catalogue: read the caller, validate the request completely
 * (a bad one is answered before anything is written), then run writes through {@link Idempotency} so a retried
 * request gets the first answer again. Failures are thrown as {@code PlatformException}s and answered as
 * problem+json by the handler.
 */
public final class OnboardingRoutes {
    public static final String CREATE = "POST /v1/customers";
    public static final String READ = "GET /v1/customers/{customerId}";
    public static final String PROFILE = "PUT /v1/customers/{customerId}/profile";
    public static final String CONSENT = "POST /v1/customers/{customerId}/consents";
    public static final String DEPOSIT_ADDRESS = "POST /v1/customers/{customerId}/deposit-addresses";
    public static final String BALANCES = "GET /v1/customers/{customerId}/balances";

    private final Services services;
    private final Idempotency idempotency;
    private final IdGenerator ids;
    private final JsonCodec codec;
    private final ApiResponses responses;
    private final MetricsRecorder metrics;
    private final Clock clock;

    /** The feature services the routes call. */
    public record Services(CustomerService customers, ProfileService profiles, ConsentService consents,
                           CustomerAccounts accounts) {
    }

    public OnboardingRoutes(Services services, Idempotency idempotency, IdGenerator ids, JsonCodec codec,
                            MetricsRecorder metrics, Clock clock) {
        this.services = services;
        this.idempotency = idempotency;
        this.ids = ids;
        this.codec = codec;
        this.responses = new ApiResponses(codec);
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Answers one request; throws {@code PlatformException} for every refusal. */
    public APIGatewayProxyResponseEvent handle(ProxyRequest request, APIGatewayProxyRequestEvent event, Context context) {
        Caller caller = Caller.of(request, event.getRequestContext() == null ? null
                : event.getRequestContext().getAuthorizer());
        String correlationId = request.correlationId();
        return switch (request.method() + " " + request.resource()) {
            case CREATE -> create(request, caller, context, correlationId);
            case READ -> responses.json(200, read(caller, customerId(request, caller)), correlationId);
            case PROFILE -> profile(request, caller, context, correlationId);
            case CONSENT -> consent(request, caller, context, correlationId);
            case DEPOSIT_ADDRESS -> depositAddress(request, caller, context, correlationId);
            case BALANCES -> balances(request, caller, correlationId);
            default -> throw new PlatformException(ErrorCode.NOT_FOUND, "This function does not serve this route.");
        };
    }

    private APIGatewayProxyResponseEvent create(ProxyRequest request, Caller caller, Context context, String correlationId) {
        JsonNode body = body(request);
        NewCustomer input = CustomerRequests.newCustomer(body, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        return idempotent(request, body, context, correlationId, () -> {
            String customerId = caller.isPartner() ? ids.nextId().toString() : caller.selfId();
            Customer customer = services.customers().create(caller.tenant(), customerId, input);
            metrics.count("CustomersCreatedCount");
            if (customer.status() == CustomerStatus.REVIEW) {
                metrics.count("ScreeningMatchesCount");
            }
            return responses.stored(201, CustomerViews.customer(customer, caller),
                    Map.of("Location", "/v1/customers/" + customerId));
        });
    }

    private JsonNode read(Caller caller, String customerId) {
        Customer customer = services.customers().require(caller.tenant(), customerId);
        return CustomerViews.customerWithDetails(customer, caller, services.profiles().current(customer),
                services.consents().current(customer));
    }

    private APIGatewayProxyResponseEvent profile(ProxyRequest request, Caller caller, Context context, String correlationId) {
        String customerId = customerId(request, caller);
        var ifMatch = CustomerRequests.ifMatch(request.header("If-Match"));
        JsonNode body = body(request);
        ProfileDetails details = CustomerRequests.profile(body);
        return idempotent(request, body, context, correlationId, () -> {
            Customer customer = services.customers().require(caller.tenant(), customerId);
            Profile profile = services.profiles().replace(customer, details, ifMatch);
            return responses.stored(200, CustomerViews.profile(profile), Map.of("ETag", "\"" + profile.version() + "\""));
        });
    }

    private APIGatewayProxyResponseEvent consent(ProxyRequest request, Caller caller, Context context, String correlationId) {
        String customerId = customerId(request, caller);
        JsonNode body = body(request);
        CustomerRequests.ConsentDecision decision = CustomerRequests.consent(body);
        return idempotent(request, body, context, correlationId, () -> {
            Customer customer = services.customers().require(caller.tenant(), customerId);
            Consent consent = services.consents().record(customer, decision.type(), decision.documentVersion(),
                    decision.granted());
            return responses.stored(201, CustomerViews.consent(consent), Map.of());
        });
    }

    private APIGatewayProxyResponseEvent depositAddress(ProxyRequest request, Caller caller, Context context,
                                                        String correlationId) {
        String customerId = customerId(request, caller);
        JsonNode body = body(request);
        Chain chain = CustomerRequests.chain(body);
        return idempotent(request, body, context, correlationId, () -> {
            Customer customer = services.customers().require(caller.tenant(), customerId);
            long started = System.nanoTime();
            DepositAddress address = services.accounts().depositAddress(customer, chain, correlationId);
            metrics.milliseconds("CustodyCallMillis", (System.nanoTime() - started) / 1_000_000);
            return responses.stored(200, CustomerViews.depositAddress(address), Map.of());
        });
    }

    private APIGatewayProxyResponseEvent balances(ProxyRequest request, Caller caller, String correlationId) {
        Customer customer = services.customers().require(caller.tenant(), customerId(request, caller));
        long started = System.nanoTime();
        var balances = services.accounts().balances(customer, correlationId);
        metrics.milliseconds("CustodyCallMillis", (System.nanoTime() - started) / 1_000_000);
        return responses.json(200, CustomerViews.balances(customer.customerId(), balances), correlationId);
    }

    private APIGatewayProxyResponseEvent idempotent(ProxyRequest request, JsonNode body, Context context,
                                                    String correlationId, Supplier<StoredResponse> operation) {
        Idempotency.Result result = idempotency.execute(request.idempotent(body, context), operation);
        if (result.replayed()) {
            metrics.count("IdempotentReplaysCount");
        }
        return responses.from(result, correlationId);
    }

    private String customerId(ProxyRequest request, Caller caller) {
        return caller.own(request.pathParameter("customerId").orElseThrow(CustomerService::notFound));
    }

    private JsonNode body(ProxyRequest request) {
        return codec.readTree(request.body());
    }
}
