package io.usdtcustody.functions.kyc.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.functions.common.idempotency.adapter.InMemoryIdempotencyStore;
import io.usdtcustody.functions.common.telemetry.InMemoryMetricsRecorder;
import io.usdtcustody.functions.kyc.KycHandler;
import io.usdtcustody.functions.kyc.KycWiring;
import io.usdtcustody.functions.kyc.fixture.ApiEvents;
import io.usdtcustody.functions.kyc.fixture.CaseFixtures;
import io.usdtcustody.functions.kyc.fixture.InMemoryKycCaseStore;
import io.usdtcustody.functions.kyc.fixture.RecordingVendor;
import io.usdtcustody.functions.kyc.fixture.TestSanctions;
import io.usdtcustody.functions.kyc.vendor.VendorWebhook;
import io.usdtcustody.localcloud.testing.MutableClock;
import io.usdtcustody.model.ids.UuidV7Generator;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.kyc.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The KYC handler over in-memory adapters, a recording vendor, the small test sanctions list and test metrics. */
abstract class KycRoutesFixture {
    static final JsonCodec CODEC = new JsonCodec();
    static final WebhookSecret SECRET = WebhookSecret.generate(new SplittableRandom(3));
    static final String OPEN_BODY = """
            {"level":"BASIC","countryOfResidence":"DE","pep":"NONE","product":"TRADING","expectedMonthlyVolumeUsdt":"5000"}""";

    final InMemoryKycCaseStore store = new InMemoryKycCaseStore();
    final RecordingVendor vendor = new RecordingVendor();
    final MutableClock clock = new MutableClock(CaseFixtures.NOW);
    final InMemoryMetricsRecorder metrics = new InMemoryMetricsRecorder();
    final KycHandler handler;

    KycRoutesFixture() {
        UuidV7Generator ids = new UuidV7Generator(clock, new SplittableRandom(1));
        handler = new KycHandler(KycWiring.of(new KycWiring.Ports(store, new InMemoryIdempotencyStore(), vendor,
                new VendorWebhook("sandbox", SECRET, CODEC), TestSanctions::screen, metrics, ids, clock), CODEC,
                Map.of()));
        store.addCustomer(CaseFixtures.TENANT, "alice");
        store.addCustomer(CaseFixtures.TENANT, "ayman");
    }

    APIGatewayProxyResponseEvent call(ApiEvents request) {
        return handler.handleRequest(request.event(), null);
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
