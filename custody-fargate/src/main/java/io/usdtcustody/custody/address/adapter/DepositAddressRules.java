package io.usdtcustody.custody.address.adapter;

import io.usdtcustody.model.address.AddressValidation;
import io.usdtcustody.model.address.AddressValidator;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.hd.DerivationPath;
import io.usdtcustody.model.hd.ExtendedKey;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules every adapter of the address ports applies the same way, so that the in-memory fakes and the
 * DynamoDB adapters answer alike: what an account xpub must be, what a customer id may be, how an address
 * is normalised before a lookup, and the errors callers see.
 */
final class DepositAddressRules {
    /** The BIP44 account node {@code m/44'/coin'/0'} sits at depth 3. */
    static final int ACCOUNT_DEPTH = 3;
    static final int MAX_CUSTOMER_ID_LENGTH = 256;
    /** The largest non-hardened BIP32 index. */
    static final long MAX_INDEX = DerivationPath.MAX_INDEX;

    private DepositAddressRules() {
    }

    /** Checks that {@code key} is a public BIP44 account node; never names key material in the error. */
    static ExtendedKey requireAccountXpub(ExtendedKey key) {
        Objects.requireNonNull(key, "xpub");
        if (key.isPrivate()) {
            throw new PlatformException(ErrorCode.VALIDATION_FAILED,
                    "an account key must be an xpub; a private key (xprv) is never accepted or stored here");
        }
        if (key.depth() != ACCOUNT_DEPTH || key.childNumber() != DerivationPath.hardened(0)) {
            throw new PlatformException(ErrorCode.VALIDATION_FAILED,
                    "the xpub must be the BIP44 account node m/44'/coin'/0' (depth 3, child 0')");
        }
        return key;
    }

    /** What makes two xpubs "the same account key": the public key (children also need the chain code). */
    static String publicKeyId(ExtendedKey key) {
        return HexFormat.of().formatHex(key.publicKey());
    }

    static String requireCustomerId(String customerId) {
        if (customerId == null || customerId.isBlank()) {
            throw new PlatformException(ErrorCode.VALIDATION_FAILED, "customer id is required");
        }
        if (customerId.length() > MAX_CUSTOMER_ID_LENGTH) {
            throw new PlatformException(ErrorCode.VALIDATION_FAILED,
                    "customer id is longer than " + MAX_CUSTOMER_ID_LENGTH + " characters");
        }
        return customerId;
    }

    /** The chain's normal form of {@code address} (EIP-55, {@code T…}, base58 P2PKH), or empty when invalid. */
    static Optional<String> normalized(Chain chain, String address) {
        AddressValidation validation = AddressValidator.validate(chain, address);
        return validation.valid() ? Optional.of(validation.normalized()) : Optional.empty();
    }

    static PlatformException xpubNotFound(TenantId tenant, Chain chain) {
        return new PlatformException(ErrorCode.NOT_FOUND, "no account xpub is registered for tenant " + tenant
                + " on " + chain + "; register the xpub of " + chain.bip44AccountPath() + " first");
    }

    static PlatformException differentXpubRegistered(TenantId tenant, Chain chain) {
        return new PlatformException(ErrorCode.CONFLICT, "a different account xpub is already registered for tenant "
                + tenant + " on " + chain + "; it cannot be replaced, deposit addresses already derive from it");
    }

    static PlatformException xpubUsedElsewhere() {
        return new PlatformException(ErrorCode.CONFLICT, "this xpub is already registered for another tenant or "
                + "chain; each tenant and chain needs its own account key");
    }

    static PlatformException indexSpaceExhausted(TenantId tenant, Chain chain) {
        return new PlatformException(ErrorCode.LIMIT_EXCEEDED,
                "tenant " + tenant + " has used every deposit address index on " + chain);
    }
}
