package io.usdtcustody.localcloud.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.localcloud.gateway.GatewayRequest;
import io.usdtcustody.localcloud.gateway.auth.Caller;
import io.usdtcustody.localcloud.gateway.auth.PartnerKey;
import io.usdtcustody.localcloud.gateway.integration.ProxyEvents;
import io.usdtcustody.localcloud.gateway.routing.RouteMatch;
import io.usdtcustody.localcloud.gateway.routing.RouteTable;
import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.catalogue.AuthorizerContract;
import io.usdtcustody.model.catalogue.FunctionSpec;
import io.usdtcustody.model.catalogue.HttpMethod;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.catalogue.RouteAuth;
import io.usdtcustody.model.catalogue.RouteSpec;
import io.usdtcustody.model.catalogue.RouteTarget;
import io.usdtcustody.model.tenancy.PartnerKeyFormat;
import io.usdtcustody.model.tenancy.TenantId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The first request of each cold start, as the function would get it in AWS. Functions behind the API get a REST
 * API proxy event built by the local gateway's own {@link ProxyEvents} from the catalogue's route table, with a
 * partner of the bench's tenant in the authorizer context: onboarding reads a customer it created itself
 * beforehand and, as a second target, creates one; KYC reads a case it opened beforehand for that customer and, as a
 * second target, screens a name; other API functions get their cheapest read route. The request authorizer gets a partner call (the mobile path would fetch Cognito's
 * keys from AWS). Functions fed by event sources get that source's event. The baselines get the seeded item.
 */
final class FirstRequests {
    static final TenantId TENANT = TenantId.of("coldstart");
    /** The customer asked for until the onboarding warm-up has created one (and when it could not). */
    static final String CUSTOMER_ID = "coldstart-no-customer";
    /** The item the DynamoDB baseline reads, seeded by the bench in the customers table. */
    static final String BASELINE_PK = "COLDSTART#baseline";
    static final String BASELINE_SK = "ITEM";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiSpec api;
    private final RouteTable routes;
    private final ProxyEvents proxyEvents;
    private final ResourceNaming naming;
    private final Instant now;
    private final SecureRandom random;
    private final Caller partner;
    /** The customer the onboarding warm-up created (until then, one that does not exist). */
    private final AtomicReference<String> customerPath = new AtomicReference<>("/v1/customers/" + CUSTOMER_ID);
    private final AtomicInteger writes = new AtomicInteger();

    /**
     * {@code now} stamps the events' request times (the events are built once and reused by every cold start);
     * {@code random} makes the partner key the authorizer is shown (never printed).
     */
    FirstRequests(ApiSpec api, ResourceNaming naming, Instant now, SecureRandom random) {
        this.api = api;
        this.routes = new RouteTable(api.routes());
        this.proxyEvents = new ProxyEvents(api, "live");
        this.naming = naming;
        this.now = now;
        this.random = random;
        this.partner = Caller.partner(new PartnerKey("coldstart-partner", TENANT, api.usagePlans().get(0).name()));
    }

    /** What the baseline handlers are asked: the seeded item (the no-op handler ignores it). */
    FirstRequest baseline() {
        ObjectNode event = JSON.createObjectNode()
                .put("table", naming.table(ResourceCatalogue.CUSTOMERS))
                .put("pk", BASELINE_PK)
                .put("sk", BASELINE_SK);
        return FirstRequest.of("GetItem of one seeded item", bytes(event));
    }

    /** The function's first requests: one for most functions, one per distinct start-up path for some. */
    List<FirstRequest> forFunction(FunctionSpec function) {
        if (function.name().equals(ResourceCatalogue.ONBOARDING.name())) {
            return onboarding();
        }
        if (function.name().equals(ResourceCatalogue.KYC.name())) {
            return kyc();
        }
        if (function.name().equals(ResourceCatalogue.RECEIPTS_FN.name())) {
            return List.of(FirstRequest.of("an empty Kinesis batch (a real one needs custody's signer, not started here)",
                    bytes(JSON.createObjectNode().set("Records", JSON.createArrayNode()))));
        }
        if (function.name().equals(ResourceCatalogue.REPORTING.name())
                || function.name().equals(ResourceCatalogue.KYC_SCHEDULED.name())) {
            return List.of(FirstRequest.of("an EventBridge scheduled event", scheduledEvent(function)));
        }
        if (function.name().equals(ResourceCatalogue.AUTHORIZER.name())) {
            return List.of(FirstRequest.of("REQUEST authorizer event of the partner stage with a partner key",
                    partnerAuthorizerEvent()));
        }
        return List.of(cheapestRoute(function)
                .map(route -> FirstRequest.of(route.method() + " " + route.path(),
                        proxyEvent(route.method(), samplePath(route.path()), Map.of(), null)))
                .orElseGet(() -> FirstRequest.of("an empty JSON event (no route, no event source)", bytes(JSON.createObjectNode()))));
    }

    /**
     * Two first requests: reading a customer created beforehand (what most calls do), and creating one, which
     * screens the name against the sanctions list (each cold start a new customer under a new idempotency key).
     * The customer created in the warm-up is the one the KYC targets open a case for.
     */
    private List<FirstRequest> onboarding() {
        Supplier<byte[]> create = () -> createCustomer("coldstart-create-0");
        FirstRequest read = new FirstRequest("", "GET /v1/customers/{customerId} (created beforehand by POST /v1/customers)",
                List.of(create), responses -> {
                    String path = location(responses, "/v1/customers/" + CUSTOMER_ID);
                    customerPath.set(path);
                    return proxyEvent(HttpMethod.GET, path, Map.of(), null);
                });
        FirstRequest register = new FirstRequest("create", "POST /v1/customers (screens the name; a new customer each time)",
                List.of(), responses -> createCustomer("coldstart-create-" + writes.incrementAndGet()));
        return List.of(read, register);
    }

    private byte[] createCustomer(String idempotencyKey) {
        ObjectNode customer = JSON.createObjectNode()
                .put("type", "PERSON")
                .put("name", "Cold Start")
                .put("dateOfBirth", "1980-01-01")
                .put("country", "DE");
        return proxyEvent(HttpMethod.POST, "/v1/customers", write(idempotencyKey), customer.toString());
    }

    /**
     * Two first requests: reading a case opened beforehand for the customer onboarding created (what most calls
     * do), and a partner's name screening, the first of which builds the sanctions screen (built on first use).
     */
    private List<FirstRequest> kyc() {
        ObjectNode open = JSON.createObjectNode()
                .put("level", "STANDARD")
                .put("countryOfResidence", "DE")
                .put("pep", "NONE")
                .put("product", "TRADING")
                .put("expectedMonthlyVolumeUsdt", "5000");
        Supplier<byte[]> create = () -> proxyEvent(HttpMethod.POST, customerPath.get() + "/kyc-cases",
                write("coldstart-open-case"), open.toString());
        FirstRequest readCase = new FirstRequest("", "GET /v1/kyc-cases/{caseId} (opened beforehand by POST …/kyc-cases)",
                List.of(create), responses -> proxyEvent(HttpMethod.GET,
                        location(responses, "/v1/kyc-cases/coldstart-caseId"), Map.of(), null));
        ObjectNode name = JSON.createObjectNode().put("name", "Ayman al-Zawahiri").put("schema", "Person");
        FirstRequest screenName = FirstRequest.of("POST /v1/screening/names (builds the sanctions screen)",
                proxyEvent(HttpMethod.POST, "/v1/screening/names", Map.of("Content-Type", "application/json"), name.toString()))
                .as("name screening");
        return List.of(readCase, screenName);
    }

    private static Map<String, String> write(String idempotencyKey) {
        return Map.of(ApiSpec.IDEMPOTENCY_KEY_HEADER, idempotencyKey, "Content-Type", "application/json");
    }

    /** The {@code Location} of the first setup response, or {@code fallback} when it has none. */
    static String location(List<byte[]> setupResponses, String fallback) {
        if (setupResponses.isEmpty()) {
            return fallback;
        }
        try {
            JsonNode location = JSON.readTree(setupResponses.get(0)).path("headers").path("Location");
            return location.isTextual() && location.textValue().startsWith("/v1/") ? location.textValue() : fallback;
        } catch (IOException e) {
            return fallback;
        }
    }

    /** A function's GET route with the fewest path parameters, else its first route. */
    private Optional<RouteSpec> cheapestRoute(FunctionSpec function) {
        RouteTarget target = RouteTarget.function(function);
        List<RouteSpec> own = api.routes().stream().filter(route -> route.target().equals(target)).toList();
        return own.stream().filter(route -> route.method() == HttpMethod.GET)
                .min(Comparator.comparingInt(route -> route.pathParameters().size()))
                .or(() -> own.stream().findFirst());
    }

    /** {@code /v1/kyc-cases/{caseId}} → {@code /v1/kyc-cases/coldstart-caseId}. */
    static String samplePath(String template) {
        return template.replaceAll("\\{([A-Za-z0-9]+)}", "coldstart-$1");
    }

    byte[] proxyEvent(HttpMethod method, String path, Map<String, String> headers, String body) {
        RouteMatch match = routes.match(method.name(), path);
        if (!(match instanceof RouteMatch.Found found)) {
            throw new IllegalArgumentException("not a catalogue route: " + method + " " + path);
        }
        Map<String, List<String>> headerValues = new LinkedHashMap<>();
        headerValues.put("Host", List.of("api.local"));
        headerValues.put("User-Agent", List.of("coldstart-bench"));
        headers.forEach((name, value) -> headerValues.put(name, List.of(value)));
        String requestId = "coldstart-" + method.name().toLowerCase(Locale.ROOT) + "-" + Integer.toHexString(path.hashCode());
        GatewayRequest request = new GatewayRequest(requestId, requestId, method.name(), path, null, headerValues,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), "127.0.0.1", now);
        Caller caller = found.route().auth() == RouteAuth.NONE ? Caller.anonymous() : partner;
        return proxyEvents.toEvent(request, found, caller);
    }

    /** What API Gateway sends the request authorizer for a partner call to {@code GET /v1/customers/{customerId}}. */
    private byte[] partnerAuthorizerEvent() {
        String path = "/v1/customers/" + CUSTOMER_ID;
        String apiKey = PartnerKeyFormat.issue(TENANT, random);
        ObjectNode event = JSON.createObjectNode()
                .put("type", "REQUEST")
                .put("methodArn", "arn:aws:execute-api:us-east-1:000000000000:local/live/GET" + path)
                .put("resource", "/v1/customers/{customerId}")
                .put("path", path)
                .put("httpMethod", "GET");
        event.putObject("headers").put(ApiSpec.API_KEY_HEADER, apiKey);
        event.putObject("multiValueHeaders").putArray(ApiSpec.API_KEY_HEADER).add(apiKey);
        event.putObject("pathParameters").put("customerId", CUSTOMER_ID);
        event.putObject("stageVariables").put(AuthorizerContract.AUTH_METHOD_VARIABLE, "API_KEY");
        ObjectNode context = event.putObject("requestContext").put("requestId", "coldstart-authorizer-1")
                .put("stage", "live").put("apiId", "local").put("accountId", "000000000000");
        context.putObject("identity").put("sourceIp", "127.0.0.1");
        return bytes(event);
    }

    private byte[] scheduledEvent(FunctionSpec function) {
        ObjectNode event = JSON.createObjectNode()
                .put("version", "0")
                .put("id", "coldstart-schedule-1")
                .put("detail-type", "Scheduled Event")
                .put("source", "aws.events")
                .put("account", "000000000000")
                .put("time", now.toString())
                .put("region", "us-east-1");
        event.putArray("resources").add("arn:aws:events:us-east-1:000000000000:rule/" + naming.function(function));
        event.putObject("detail");
        return bytes(event);
    }

    private static byte[] bytes(Object json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
