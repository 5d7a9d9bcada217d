package io.usdtcustody.custody.deposit.travelrule.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.address.port.DepositAddresses;
import io.usdtcustody.custody.deposit.travelrule.ReceivedTravelRule;
import io.usdtcustody.model.address.AddressValidation;
import io.usdtcustody.model.address.AddressValidator;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import io.usdtcustody.model.travelrule.ivms101.FieldProblems;
import io.usdtcustody.model.travelrule.ivms101.IdentityPayload;
import io.usdtcustody.model.travelrule.ivms101.Ivms101Json;
import io.usdtcustody.model.travelrule.ivms101.Ivms101Validator;
import io.usdtcustody.model.travelrule.ivms101.JsonObjectReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code POST /v1/travel-rule/incoming}:
 * <pre>{@code {"chain": "ETHEREUM", "txHash": "0x…", "logIndex": 0, "destinationAddress": "0x…",
 *  "ivms101": {IVMS101 identity payload}}}</pre>
 * {@code logIndex} is optional (any log of the transaction to that address). Every fault is collected — the
 * envelope's, the payload's structure (the shared IVMS101 reader) and its content rules (the shared validator) —
 * and refused together as one VALIDATION_FAILED listing them all, so the sender corrects its message once. The
 * destination must be one of the caller's own deposit addresses. Messages never quote values.
 */
public final class IncomingTravelRuleReader {
    private static final Pattern TX_HASH = Pattern.compile("0x[0-9a-fA-F]{64}");

    private IncomingTravelRuleReader() {
    }

    /** The data as read, and a hash of it that tells a retry from a different request under the same key. */
    public record Read(ReceivedTravelRule data, String payloadHash) {
    }

    /**
     * @throws PlatformException VALIDATION_FAILED with every problem; the codec's MALFORMED_JSON for bytes that
     *                           are not JSON
     */
    public static Read read(byte[] body, TenantId tenant, DepositAddresses addresses, JsonCodec codec, Instant now) {
        JsonNode tree = codec.readTree(body);
        FieldProblems problems = new FieldProblems();
        ReceivedTravelRule data = JsonObjectReader.read(tree, "", problems, r -> {
            String chainText = r.text("chain", true);
            Chain chain = chain(chainText, r.path("chain"), problems);
            String txHash = r.text("txHash", true);
            if (txHash != null && !TX_HASH.matcher(txHash).matches()) {
                problems.add(r.path("txHash"), "must be 0x and 64 hex digits");
            }
            Integer logIndex = r.integer("logIndex", false);
            if (logIndex != null && logIndex < 0) {
                problems.add(r.path("logIndex"), "must not be negative");
            }
            String destination = destination(r.text("destinationAddress", true), chain, tenant, addresses,
                    r.path("destinationAddress"), problems);
            IdentityPayload payload = r.object("ivms101", true, (node, at) -> {
                IdentityPayload read = Ivms101Json.fromTree(node, at, problems);
                if (read != null) {
                    Ivms101Validator.validate(read, LocalDate.ofInstant(now, ZoneOffset.UTC), at, problems);
                }
                return read;
            });
            return () -> new ReceivedTravelRule(tenant, chain, txHash, logIndex == null ? null : logIndex.longValue(),
                    destination, payload, now);
        });
        if (data == null) {
            throw PlatformException.validation("the Travel Rule data is not valid", problems.list());
        }
        return new Read(data, hash(data, codec));
    }

    private static Chain chain(String text, String at, FieldProblems problems) {
        if (text == null) {
            return null;
        }
        if (!Chain.ETHEREUM.name().equals(text.toUpperCase(Locale.ROOT))) {
            problems.add(at, "must be ETHEREUM (the chain custody watches for deposits)");
            return null;
        }
        return Chain.ETHEREUM;
    }

    private static String destination(String text, Chain chain, TenantId tenant, DepositAddresses addresses,
                                      String at, FieldProblems problems) {
        if (text == null || chain == null) {
            return null;
        }
        AddressValidation validation = AddressValidator.validate(chain, text);
        if (!validation.valid()) {
            problems.add(at, validation.reason());
            return null;
        }
        Optional<DepositAddress> owner = addresses.lookup(chain, validation.normalized());
        if (owner.isEmpty() || !owner.get().tenant().equals(tenant)) {
            // another tenant's address is answered like an unknown one: nothing about it is revealed
            problems.add(at, "is not one of this tenant's deposit addresses");
            return null;
        }
        return validation.normalized();
    }

    private static String hash(ReceivedTravelRule data, JsonCodec codec) {
        String canonical = String.join("\n", data.chain().name(), data.txHash(),
                data.logIndex() == null ? "*" : data.logIndex().toString(), data.destinationAddress(),
                new String(codec.write(Ivms101Json.toTree(data.payload())), StandardCharsets.UTF_8));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
