package io.usdtcustody.custody.address;

import io.usdtcustody.custody.keyvault.WrappedSecret;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * The HD seed behind a tenant's vault-generated account on one chain, as custody stores it: sealed by the HSM's
 * wrapping key ({@link WrappedSecret}) with {@link #associatedData} binding it to (tenant, chain, purpose), next
 * to the account xpub it gives ({@code m/44'/coin'/0'}), which deposit addresses derive from. Nothing here is
 * secret; the seed itself opens only inside the HSM, for a sweep signature.
 */
public record AccountSeed(TenantId tenant, Chain chain, WrappedSecret wrapped, String xpub, Instant createdAt) {
    /** What the ciphertext is for: changing it (a new format) needs a new version, never a silent reuse. */
    public static final String PURPOSE = "usdt-custody/account-seed/v1";

    public AccountSeed {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(wrapped, "wrapped");
        Objects.requireNonNull(xpub, "xpub");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The AES-GCM associated data of this seed: purpose, tenant, chain and account path, newline-separated. */
    public byte[] associatedData() {
        return associatedData(tenant, chain);
    }

    /** As {@link #associatedData()}, before the record exists (when sealing). */
    public static byte[] associatedData(TenantId tenant, Chain chain) {
        return String.join("\n", PURPOSE, tenant.value(), chain.name(), chain.bip44AccountPath())
                .getBytes(StandardCharsets.UTF_8);
    }
}
