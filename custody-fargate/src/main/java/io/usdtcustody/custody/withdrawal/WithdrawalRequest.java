package io.usdtcustody.custody.withdrawal;

import io.usdtcustody.model.money.Amount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a client asks for, already validated: a positive amount of an asset to a destination that is valid on
 * the asset's chain (normalised), and the Travel Rule data attached to it — the IVMS101 identity payload as the
 * shared codec writes it, or {@code ""} when none was given. Its {@link #payloadHash()}, which covers the Travel
 * Rule data too, is what the idempotency key is bound to.
 */
public record WithdrawalRequest(String customerId, Amount amount, String destination, String travelRule) {
    public WithdrawalRequest {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(travelRule, "travelRule");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a withdrawal amount must be positive");
        }
    }

    /** A request without Travel Rule data. */
    public WithdrawalRequest(String customerId, Amount amount, String destination) {
        this(customerId, amount, destination, "");
    }

    public boolean hasTravelRuleData() {
        return !travelRule.isEmpty();
    }

    public String payloadHash() {
        String canonical = String.join("\n", customerId, amount.asset().code(), amount.asset().chain().name(),
                Integer.toString(amount.asset().decimals()), Long.toString(amount.minorUnits()), destination)
                // appended only when present, so requests without Travel Rule data hash as they always did
                + (travelRule.isEmpty() ? "" : "\n" + travelRule);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
