package io.usdtcustody.functions.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.functions.common.idempotency.adapter.InMemoryIdempotencyStore;
import io.usdtcustody.functions.common.telemetry.InMemoryMetricsRecorder;
import io.usdtcustody.functions.kyc.fixture.InMemoryKycCaseStore;
import io.usdtcustody.functions.kyc.fixture.RecordingVendor;
import io.usdtcustody.functions.kyc.fixture.TestSanctions;
import io.usdtcustody.functions.kyc.vendor.VendorWebhook;
import io.usdtcustody.localcloud.testing.UnreadableClock;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.kyc.WebhookSecret;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** SnapStart priming builds the screen and warms the request path, capturing no time, randomness or connection. */
class KycPrimingTest {


    @Test
    void prime_shouldBuildTheScreen_withoutReadingTheClockDrawingIdsOrCallingOut() {
        JsonCodec codec = new JsonCodec();
        InMemoryKycCaseStore store = new InMemoryKycCaseStore();
        RecordingVendor vendor = new RecordingVendor();
        KycWiring wiring = KycWiring.of(new KycWiring.Ports(store, new InMemoryIdempotencyStore(), vendor,
                new VendorWebhook("sandbox", WebhookSecret.generate(new SplittableRandom(1)), codec),
                TestSanctions::screen, new InMemoryMetricsRecorder(), () -> {
                    throw new AssertionError("priming drew an id");
                }, new UnreadableClock()), codec, Map.of());
        assertThat(wiring.screening().isBuilt()).isFalse();

        KycPriming.prime(wiring.screening(), wiring.codec());

        assertThat(wiring.screening().isBuilt()).isTrue();
        assertThat(vendor.calls()).isEmpty();
        assertThat(store.writes()).isZero();
    }
}
