package io.usdtcustody.custody.ledger;

import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An account is identified by what it is: (tenant, owner, asset, purpose). The owner is a customer id for
 * customer accounts and {@code platform} for platform accounts. The identity is deterministic, so opening an
 * account twice opens the same account, and its {@link #key()} is readable in the table.
 */
public record AccountId(TenantId tenant, String owner, Asset asset, AccountPurpose purpose) {
    public static final String PLATFORM_OWNER = "platform";
    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public AccountId {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(purpose, "purpose");
        if (!OWNER.matcher(owner).matches()) {
            throw new IllegalArgumentException("an account owner is 1-64 letters, digits, '_' or '-'");
        }
        if (purpose.customerOwned() == PLATFORM_OWNER.equals(owner)) {
            throw new IllegalArgumentException(purpose + " accounts belong to "
                    + (purpose.customerOwned() ? "a customer" : "the platform"));
        }
    }

    public static AccountId customer(TenantId tenant, String customerId, Asset asset, AccountPurpose purpose) {
        return new AccountId(tenant, customerId, asset, purpose);
    }

    public static AccountId platform(TenantId tenant, Asset asset, AccountPurpose purpose) {
        return new AccountId(tenant, PLATFORM_OWNER, asset, purpose);
    }

    /** {@code tenant/owner/USDT-ETHEREUM-6/FUNDING}: stable, unique, and safe in a DynamoDB key. */
    public String key() {
        return tenant.value() + "/" + owner + "/" + asset.code() + "-" + asset.chain() + "-" + asset.decimals()
                + "/" + purpose;
    }

    /** Parses {@link #key()}. */
    public static AccountId parse(String key) {
        String[] parts = key.split("/", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an account key");
        }
        String[] asset = parts[2].split("-", -1);
        if (asset.length != 3) {
            throw new IllegalArgumentException("not an account key");
        }
        return new AccountId(TenantId.of(parts[0]), parts[1],
                new Asset(asset[0], Chain.valueOf(asset[1].toUpperCase(Locale.ROOT)), Integer.parseInt(asset[2])),
                AccountPurpose.valueOf(parts[3]));
    }

    @Override
    public String toString() {
        return key();
    }
}
