package io.usdtcustody.functions.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.functions.common.idempotency.adapter.InMemoryIdempotencyStore;
import io.usdtcustody.functions.common.telemetry.InMemoryMetricsRecorder;
import io.usdtcustody.functions.onboarding.customer.adapter.InMemoryCustomerRecords;
import io.usdtcustody.localcloud.testing.UnreadableClock;
import io.usdtcustody.model.json.JsonCodec;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SnapStart priming builds the screen and warms the codec, and captures no time, randomness or connection. */
class OnboardingPrimingTest {


    @Test
    void prime_shouldBuildTheScreen_withoutReadingTheClockDrawingIdsOrCallingOut() {
        RecordingCustody custody = new RecordingCustody();
        OnboardingWiring wiring = OnboardingWiring.of(new OnboardingWiring.Ports(new InMemoryCustomerRecords(),
                new InMemoryCustomerRecords(), new InMemoryCustomerRecords(), new InMemoryIdempotencyStore(), custody,
                TestScreens::screen, new InMemoryMetricsRecorder(), () -> {
                    throw new AssertionError("priming drew an id");
                }, new UnreadableClock()), new JsonCodec(), Map.of());
        assertThat(wiring.screening().isLoaded()).isFalse();

        OnboardingPriming.prime(wiring.screening(), wiring.codec());

        assertThat(wiring.screening().isLoaded()).isTrue();
        assertThat(custody.calls).isEmpty();
    }
}
