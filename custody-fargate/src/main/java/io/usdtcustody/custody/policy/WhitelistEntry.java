package io.usdtcustody.custody.policy;

import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A destination a customer saved for withdrawals: the chain, the address in its normalised form (as
 * {@code AddressValidator} returns it, the same form withdrawal destinations carry), a label for the
 * customer's own use and when it was added. An entry counts only once it is older than the policy's
 * cooling-off period, so an attacker who takes over an account cannot add an address and drain to it at once.
 */
public record WhitelistEntry(TenantId tenant, String customerId, Chain chain, String address, String label,
                             Instant addedAt) {
    /** Labels are short printable text; they are the customer's data and never logged. */
    public static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N} ._'()-]{0,64}");

    public WhitelistEntry {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(addedAt, "addedAt");
        if (!LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException("a whitelist label is at most 64 letters, digits, spaces and ._'()-");
        }
    }

    /** Whether the entry has aged past {@code coolingOff} at {@code now}: an entry exactly that old counts. */
    public boolean usableAt(Instant now, Duration coolingOff) {
        return !addedAt.plus(coolingOff).isAfter(now);
    }

    /** What an idempotency key is bound to: the chain, address and label the client sent. */
    public String payloadHash() {
        String canonical = String.join("\n", chain.name(), address, label);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
