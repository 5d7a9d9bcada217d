package io.usdtcustody.functions.onboarding;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.functions.common.idempotency.adapter.InMemoryIdempotencyStore;
import io.usdtcustody.functions.common.telemetry.InMemoryMetricsRecorder;
import io.usdtcustody.functions.onboarding.customer.adapter.InMemoryCustomerRecords;
import io.usdtcustody.model.ids.UuidV7Generator;
import io.usdtcustody.model.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;

/** The onboarding handler on in-memory ports, a fixed clock and known ids, for unit tests. */
class OnboardingFixture {
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final JsonCodec CODEC = new JsonCodec();
    static final String ALICE = "{\"type\":\"PERSON\",\"name\":\"Alice Example\",\"dateOfBirth\":\"1990-04-01\",\"country\":\"DE\"}";

    final InMemoryCustomerRecords records = new InMemoryCustomerRecords();
    final InMemoryIdempotencyStore idempotency = new InMemoryIdempotencyStore();
    final RecordingCustody custody = new RecordingCustody();
    final InMemoryMetricsRecorder metrics = new InMemoryMetricsRecorder();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final OnboardingHandler handler = new OnboardingHandler(OnboardingWiring.of(new OnboardingWiring.Ports(records,
            records, records, idempotency, custody, TestScreens::screen, metrics,
            new UuidV7Generator(clock, new Random(7)), clock), CODEC, Map.of()));

    APIGatewayProxyResponseEvent send(APIGatewayProxyRequestEvent event) {
        return handler.handleRequest(event, null);
    }

    /** Creates a customer for a partner of {@code tenant} and returns its id. */
    String create(String tenant, String body, String key) {
        APIGatewayProxyResponseEvent created = send(ProxyEvents.partner(tenant).request("POST", "/v1/customers", body,
                "Idempotency-Key", key));
        if (created.getStatusCode() != 201) {
            throw new IllegalStateException("not created: " + created.getBody());
        }
        return json(created).path("customerId").asText();
    }

    static JsonNode json(APIGatewayProxyResponseEvent response) {
        return CODEC.readTree(response.getBody().getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, String> customer(String id) {
        return Map.of("customerId", id);
    }
}
