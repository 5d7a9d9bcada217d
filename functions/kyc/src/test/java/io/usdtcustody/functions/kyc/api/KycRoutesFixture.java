package io.usdtcustody.functions.kyc.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.functions.common.idempotency.Idempotency;
import io.usdtcustody.functions.common.idempotency.adapter.InMemoryIdempotencyStore;
import io.usdtcustody.functions.kyc.KycWiring;
import io.usdtcustody.functions.kyc.fixture.ApiEvents;
import io.usdtcustody.functions.kyc.fixture.CaseFixtures;
import io.usdtcustody.functions.kyc.fixture.InMemoryKycCaseStore;
import io.usdtcustody.functions.kyc.fixture.MutableClock;
import io.usdtcustody.functions.kyc.fixture.RecordingVendor;
import io.usdtcustody.functions.kyc.fixture.TestSanctions;
import io.usdtcustody.functions.kyc.screening.SanctionsScreening;
import io.usdtcustody.functions.kyc.vendor.VendorWebhook;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.kyc.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The KYC routes over in-memory adapters, a recording vendor and the small test sanctions list. */
abstract class KycRoutesFixture {
    static final JsonCodec CODEC = new JsonCodec();
    static final WebhookSecret SECRET = WebhookSecret.generate(new SplittableRandom(3));
    static final String OPEN_BODY = """
            {"level":"BASIC","countryOfResidence":"DE","pep":"NONE","product":"TRADING","expectedMonthlyVolumeUsdt":"5000"}""";

    final InMemoryKycCaseStore store = new InMemoryKycCaseStore();
    final RecordingVendor vendor = new RecordingVendor();
    final MutableClock clock = new MutableClock(CaseFixtures.NOW);
    final List<String> logLines = new ArrayList<>();
    final KycRoutes routes;

    KycRoutesFixture() {
        KycWiring wiring = KycWiring.of(store, vendor, new VendorWebhook("sandbox", SECRET, CODEC),
                new SanctionsScreening(TestSanctions::screen), new Idempotency(new InMemoryIdempotencyStore(), clock),
                CODEC, clock);
        routes = new KycRoutes(wiring.cases(), new VendorWebhook("sandbox", SECRET, CODEC),
                new SanctionsScreening(TestSanctions::screen), new Idempotency(new InMemoryIdempotencyStore(), clock),
                CODEC, clock, new RequestLog(logLines::add));
        store.addCustomer(CaseFixtures.TENANT, "alice");
        store.addCustomer(CaseFixtures.TENANT, "ayman");
    }

    APIGatewayProxyResponseEvent call(ApiEvents request) {
        return routes.handle(request.event(), null);
    }

    static JsonNode json(APIGatewayProxyResponseEvent response) {
        return CODEC.readTree(response.getBody().getBytes(StandardCharsets.UTF_8));
    }

    String openCase(String customerId) {
        APIGatewayProxyResponseEvent opened = call(ApiEvents.openCase(customerId).partner("acme")
                .idempotencyKey("open-" + customerId).body(OPEN_BODY));
        return json(opened).path("caseId").asText();
    }

    static String documentBody(List<String> mrz) {
        return "{\"type\":\"PASSPORT\",\"mrz\":[\"" + String.join("\",\"", mrz) + "\"]}";
    }
}
