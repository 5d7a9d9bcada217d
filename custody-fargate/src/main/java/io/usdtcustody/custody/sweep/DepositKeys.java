package io.usdtcustody.custody.sweep;

import io.usdtcustody.custody.address.AccountSeed;
import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.address.port.AccountSeeds;
import io.usdtcustody.custody.audit.AuditRecord;
import io.usdtcustody.custody.audit.port.AuditLog;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumAccount;
import io.usdtcustody.custody.keyvault.DigestSignature;
import io.usdtcustody.custody.keyvault.KeyCurve;
import io.usdtcustody.custody.keyvault.port.SeedVault;
import io.usdtcustody.custody.keyvault.port.SessionKeySigner;
import io.usdtcustody.custody.signing.RecoverableSignature;
import io.usdtcustody.model.address.ChainAddress;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.hd.Bip32;
import io.usdtcustody.model.hd.DerivationPath;
import io.usdtcustody.model.hd.ExtendedKey;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * Signs for a deposit address with its BIP32 child key, which exists only for the length of one signature: the
 * tenant's sealed seed is opened in the HSM into custody memory, the child key {@code m/44'/coin'/0'/0/index}
 * is derived, checked to be the key of that very address, imported into the HSM as a session object for one raw
 * ECDSA signature ({@link SessionKeySigner}), and every array holding the seed or a private key is overwritten
 * before this returns, also on failure. Each signature is written to the audit log before it is handed out.
 *
 * <p>What this cannot wipe — Java's immutable {@code BigInteger}s made during BIP32 arithmetic, and the copies
 * the JDK's PKCS#11 wrapper makes on the way into the token — is the cost of deriving in the JVM; an HSM with
 * native BIP32 derivation removes it and plugs in behind the same {@link io.usdtcustody.custody.signing.DigestSigner}
 * (README: "Deposit sweeps and sweep keys").
 */
public final class DepositKeys {
    private static final HexFormat HEX = HexFormat.of();

    private final AccountSeeds seeds;
    private final SeedVault vault;
    private final SessionKeySigner sessionKeys;
    private final AuditLog audit;

    public DepositKeys(AccountSeeds seeds, SeedVault vault, SessionKeySigner sessionKeys, AuditLog audit) {
        this.seeds = Objects.requireNonNull(seeds, "seeds");
        this.vault = Objects.requireNonNull(vault, "vault");
        this.sessionKeys = Objects.requireNonNull(sessionKeys, "sessionKeys");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** Whether custody holds the seed of the tenant's account on {@code chain} (it generated the account). */
    public boolean sweepable(TenantId tenant, Chain chain) {
        return seeds.find(tenant, chain).isPresent();
    }

    /** The deposit address as a sending account whose every signature goes through {@link #sign}. */
    public EthereumAccount account(DepositAddress address, String purpose) {
        return new EthereumAccount(address.address(), digest -> sign(address, digest, purpose));
    }

    /**
     * One signature over {@code digest} by the key of {@code address}.
     *
     * @throws PlatformException {@code NOT_FOUND} when custody holds no seed for the tenant's account;
     *         {@code INTERNAL} when the seed does not derive this address (never signs for it then)
     */
    public RecoverableSignature sign(DepositAddress address, byte[] digest, String purpose) {
        AccountSeed seed = seeds.find(address.tenant(), address.chain()).orElseThrow(() -> new PlatformException(
                ErrorCode.NOT_FOUND, "custody holds no seed for the account of " + address.address()));
        DigestSignature signature;
        byte[] plainSeed = vault.unwrap(seed.wrapped(), seed.associatedData());
        try (ExtendedKey master = Bip32.masterFromSeed(plainSeed);
             ExtendedKey child = Bip32.derive(master, DerivationPath.bip44(address.chain(), 0, 0,
                     Math.toIntExact(address.index())))) {
            Arrays.fill(plainSeed, (byte) 0);
            byte[] publicKey = child.publicKey();
            if (!ChainAddress.fromPublicKey(address.chain(), publicKey).equals(address.address())) {
                throw new PlatformException(ErrorCode.INTERNAL, "the account seed does not derive deposit address "
                        + address.address() + "; refusing to sign");
            }
            byte[] privateKey = child.privateKeyBytes();
            try {
                signature = sessionKeys.sign(KeyCurve.SECP256K1, privateKey, publicKey, digest);
            } finally {
                Arrays.fill(privateKey, (byte) 0);
            }
        } finally {
            Arrays.fill(plainSeed, (byte) 0);
        }
        audit.append(new AuditRecord("signature.created", address.tenant().value(), address.address(), Map.of(
                "purpose", purpose, "chain", address.chain().name(), "customerId", address.customerId(),
                "derivationPath", DerivationPath.bip44(address.chain(), 0, 0, Math.toIntExact(address.index()))
                        .toString(),
                "key", "hd-session-key", "digest", HEX.formatHex(digest),
                "signature", HEX.formatHex(signature.compact()) + String.format("%02x", signature.recoveryId()))));
        return RecoverableSignature.of(signature.r(), signature.s(), signature.recoveryId());
    }
}
