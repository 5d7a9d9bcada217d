package io.usdtcustody.functions.kyc;

import io.usdtcustody.functions.kyc.screening.SanctionsScreening;
import io.usdtcustody.model.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart priming: before Lambda snapshots an initialised environment, build the sanctions screen (seconds no
 * restored environment should repeat) and run the JSON codec once so its classes are loaded. It reads no clock,
 * draws no random number and opens no connection, so the snapshot carries no time, seed or socket. Outside
 * SnapStart (locally, in tests) the hook is registered and never called.
 */
final class KycPriming implements Resource {
    private final SanctionsScreening screening;
    private final JsonCodec codec;

    private KycPriming(SanctionsScreening screening, JsonCodec codec) {
        this.screening = screening;
        this.codec = codec;
    }

    /** Registers the hook; the caller keeps the returned reference (the global context holds it weakly). */
    static KycPriming register(SanctionsScreening screening, JsonCodec codec) {
        KycPriming priming = new KycPriming(screening, codec);
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
        codec.write(codec.readTree("{\"level\":\"BASIC\",\"mrz\":[\"P<\"]}".getBytes(StandardCharsets.UTF_8)));
    }
}
