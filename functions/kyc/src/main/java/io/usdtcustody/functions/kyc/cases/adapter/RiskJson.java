package io.usdtcustody.functions.kyc.cases.adapter;

import io.usdtcustody.functions.kyc.risk.CustomerRiskSnapshot;
import io.usdtcustody.model.json.JsonCodec;
import java.nio.charset.StandardCharsets;

/**
 * The risk snapshot as the JSON text stored in the {@code risk} attribute of cases and standings: the shape
 * {@link CustomerRiskSnapshot} documents, written and read with the platform's one codec, so custody can read
 * it with the same codec and record.
 */
final class RiskJson {
    private final JsonCodec codec;

    RiskJson(JsonCodec codec) {
        this.codec = codec;
    }

    String write(CustomerRiskSnapshot snapshot) {
        return new String(codec.write(snapshot), StandardCharsets.UTF_8);
    }

    CustomerRiskSnapshot read(String json) {
        return codec.read(json.getBytes(StandardCharsets.UTF_8), CustomerRiskSnapshot.class);
    }
}
