package io.usdtcustody.custody.withdrawal;

import io.usdtcustody.model.money.Amount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a client asks for, already validated: a positive amount of an asset to a destination that is valid on
 * the asset's chain (normalised). Its {@link #payloadHash()} is what the idempotency key is bound to.
 */
public record WithdrawalRequest(String customerId, Amount amount, String destination) {
    public WithdrawalRequest {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(destination, "destination");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a withdrawal amount must be positive");
        }
    }

    public String payloadHash() {
        String canonical = String.join("\n", customerId, amount.asset().code(), amount.asset().chain().name(),
                Integer.toString(amount.asset().decimals()), Long.toString(amount.minorUnits()), destination);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
