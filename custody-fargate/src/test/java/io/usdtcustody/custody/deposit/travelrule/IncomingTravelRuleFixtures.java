package io.usdtcustody.custody.deposit.travelrule;

import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.travelrule.ivms101.IdentityPayload;
import io.usdtcustody.model.travelrule.ivms101.Ivms101Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * IVMS101 data as an originating VASP would send it for a deposit to one of our addresses: a natural person at
 * an Irish exchange identified by LEI, paying our customer's deposit address.
 */
public final class IncomingTravelRuleFixtures {
    /** The originating VASP compliance knows (configured in tests as the known LEI). */
    public static final String KNOWN_LEI = "506700GE1G29325QX363";
    /** A valid LEI that no test configures as known. */
    public static final String UNKNOWN_LEI = "529900T8BM49AURSDO55";
    private static final JsonCodec CODEC = new JsonCodec();

    private IncomingTravelRuleFixtures() {
    }

    /** The IVMS101 payload as JSON text, paying {@code depositAddress}, from the VASP with {@code lei}. */
    public static String ivms101Json(String depositAddress, String lei) {
        try (InputStream in = Objects.requireNonNull(IncomingTravelRuleFixtures.class
                .getResourceAsStream("/travelrule/ivms101-incoming.json"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("DEPOSIT_ADDRESS", depositAddress)
                    .replace("ORIGINATING_VASP_LEI", lei);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static IdentityPayload payload(String depositAddress, String lei) {
        return Ivms101Json.fromTree(CODEC.readTree(ivms101Json(depositAddress, lei).getBytes(StandardCharsets.UTF_8)))
                .orThrow("fixture");
    }

    /** A {@code POST /v1/travel-rule/incoming} body; {@code logIndex} may be null. */
    public static byte[] body(String txHash, Long logIndex, String depositAddress, String lei) {
        return ("{\"chain\":\"ETHEREUM\",\"txHash\":\"" + txHash + "\","
                + (logIndex == null ? "" : "\"logIndex\":" + logIndex + ",")
                + "\"destinationAddress\":\"" + depositAddress + "\",\"ivms101\":" + ivms101Json(depositAddress, lei)
                + "}").getBytes(StandardCharsets.UTF_8);
    }
}
