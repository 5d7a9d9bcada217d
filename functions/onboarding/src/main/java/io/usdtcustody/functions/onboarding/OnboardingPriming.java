package io.usdtcustody.functions.onboarding;

import io.usdtcustody.functions.onboarding.screening.CustomerScreening;
import io.usdtcustody.model.json.JsonCodec;
import java.nio.charset.StandardCharsets;

/**
 * What onboarding primes before a SnapStart snapshot (the hook is {@code functions.common.SnapStartPriming}):
 * the sanctions screen, seconds of work no restored environment should repeat, and one pass of the JSON codec.
 * No clock, no random source, no network.
 */
final class OnboardingPriming {
    private OnboardingPriming() {
    }

    static void prime(CustomerScreening screening, JsonCodec codec) {
        screening.prime();
        codec.write(codec.readTree("{\"type\":\"PERSON\",\"name\":\"priming\"}".getBytes(StandardCharsets.UTF_8)));
    }
}
