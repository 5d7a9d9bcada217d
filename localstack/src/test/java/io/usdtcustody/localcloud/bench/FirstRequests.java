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

/**
 * The first request of each cold start, as the function would get it in AWS. Functions behind the API get a REST
 * API proxy event built by the local gateway's own {@link ProxyEvents} from the catalogue's route table, with a
 * partner of the bench's tenant in the authorizer context: onboarding reads a customer it created itself
 * beforehand, KYC a case it opened beforehand and, as a second target, screens a name; other API functions get
 * their cheapest read route. The request authorizer gets a partner call (the mobile path would fetch Cognito's
 * keys from AWS). Functions fed by event sources get that source's event. The baselines get the seeded item.
 */
final class FirstRequests {
    static final TenantId TENANT = TenantId.of("coldstart");
    static final String CUSTOMER_ID = "coldstart-customer-1";
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
            return List.of(onboarding());
        }
        if (function.name().equals(ResourceCatalogue.KYC.name())) {
            return kyc();
        }
        if (function.name().equals(ResourceCatalogue.RECEIPTS_FN.name())) {
            return List.of(FirstRequest.of("an empty Kinesis batch (a real one needs custody's signer, not started here)",
                    bytes(JSON.createObjectNode().set("Records", JSON.createArrayNode()))));
        }
        if (function.name().equals(ResourceCatalogue.REPORTING.name())) {
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

    /** Creates the customer once (through the function), then each cold start reads it. */
    private FirstRequest onboarding() {
        ObjectNode customer = JSON.createObjectNode()
                .put("customerId", CUSTOMER_ID)
                .put("type", "PERSON")
                .put("givenName", "Cold")
                .put("familyName", "Start")
                .put("email", "coldstart@example.com")
                .put("countryOfResidence", "DE");
        byte[] create = proxyEvent(HttpMethod.POST, "/v1/customers", write("coldstart-create-customer"), customer.toString());
        return new FirstRequest("", "GET /v1/customers/{customerId} (created beforehand by POST /v1/customers)",
                List.of(create), responses -> proxyEvent(HttpMethod.GET,
                        location(responses, "/v1/customers/" + CUSTOMER_ID), Map.of(), null));
    }

    /**
     * Two first requests: reading a case opened beforehand (what most calls do), and a partner's name screening,
     * the first of which builds the sanctions screen (the function builds it on first use).
     */
    private List<FirstRequest> kyc() {
        ObjectNode open = JSON.createObjectNode()
                .put("level", "STANDARD")
                .put("countryOfResidence", "DE")
                .put("pep", "NONE")
                .put("product", "TRADING")
                .put("expectedMonthlyVolumeUsdt", "5000");
        byte[] create = proxyEvent(HttpMethod.POST, "/v1/customers/" + CUSTOMER_ID + "/kyc-cases",
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
