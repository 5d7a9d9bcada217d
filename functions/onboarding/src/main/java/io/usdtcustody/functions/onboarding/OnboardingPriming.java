package io.usdtcustody.functions.onboarding;

import io.usdtcustody.functions.onboarding.screening.CustomerScreening;
import io.usdtcustody.model.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart priming: before Lambda snapshots an initialised environment, build the sanctions screen (seconds of
 * work no restored environment should repeat) and run the JSON codec once so its classes are loaded. It touches
 * no clock, no random source and no network, so the snapshot carries no time, seed or connection. Outside
 * SnapStart (locally, in tests) the hook is registered and never called.
 */
final class OnboardingPriming implements Resource {
    private final CustomerScreening screening;
    private final JsonCodec codec;

    private OnboardingPriming(CustomerScreening screening, JsonCodec codec) {
        this.screening = screening;
        this.codec = codec;
    }

    /** Registers the hook; the caller keeps the returned reference (the global context holds it weakly). */
    static OnboardingPriming register(CustomerScreening screening, JsonCodec codec) {
        OnboardingPriming priming = new OnboardingPriming(screening, codec);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing captured before the snapshot needs renewing
    }

    void prime() {
        screening.prime();
        codec.write(codec.readTree("{\"type\":\"PERSON\",\"name\":\"priming\"}".getBytes(StandardCharsets.UTF_8)));
    }
}
