package io.usdtcustody.custody.address;

import io.usdtcustody.custody.address.port.AccountSeeds;
import io.usdtcustody.custody.address.port.AccountXpubs;
import io.usdtcustody.custody.keyvault.WrappedSecret;
import io.usdtcustody.custody.keyvault.port.SeedVault;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.hd.Bip32;
import io.usdtcustody.model.hd.DerivationException;
import io.usdtcustody.model.hd.DerivationPath;
import io.usdtcustody.model.hd.ExtendedKey;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates a tenant's account on a chain inside custody, so that custody can later sweep its deposit addresses:
 * a fresh 64-byte seed (the size of a BIP39 seed) from the injected {@link SecureRandom}, sealed by the HSM
 * ({@link SeedVault}) and stored once per (tenant, chain) ({@link AccountSeeds}); its account xpub
 * ({@code m/44'/coin'/0'}) is derived in memory and registered through {@link AccountXpubs}, and every plaintext
 * array is overwritten before the call returns. The ciphertext is opened once right after sealing and compared
 * with the seed: an HSM that cannot give the seed back must fail here, not when funds wait on the addresses.
 *
 * <p>Idempotent: a tenant that already has a vault-generated account gets its xpub again. A tenant that
 * registered its own xpub cannot get one: its addresses derive from a key custody never held, so custody
 * cannot sweep them ({@code CONFLICT}).
 */
public final class AccountGeneration {
    public static final int SEED_BYTES = 64;
    private static final int MAX_SEED_ATTEMPTS = 4;

    /** The account's xpub, and whether this call created it. */
    public record Generated(TenantId tenant, Chain chain, String xpub, boolean created) {
    }

    private final SeedVault vault;
    private final AccountSeeds seeds;
    private final AccountXpubs xpubs;
    private final SecureRandom random;
    private final Clock clock;

    public AccountGeneration(SeedVault vault, AccountSeeds seeds, AccountXpubs xpubs, SecureRandom random, Clock clock) {
        this.vault = Objects.requireNonNull(vault, "vault");
        this.seeds = Objects.requireNonNull(seeds, "seeds");
        this.xpubs = Objects.requireNonNull(xpubs, "xpubs");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The tenant's vault-generated account xpub on {@code chain}, creating the account the first time.
     *
     * @throws PlatformException {@code CONFLICT} when the tenant registered an external xpub for {@code chain}
     */
    public Generated generate(TenantId tenant, Chain chain) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(chain, "chain");
        Optional<AccountSeed> existing = seeds.find(tenant, chain);
        if (existing.isPresent()) {
            register(existing.get()); // a crash may have come between storing the seed and registering its xpub
            return new Generated(tenant, chain, existing.get().xpub(), false);
        }
        Optional<ExtendedKey> registered = xpubs.find(tenant, chain);
        if (registered.isPresent()) {
            registered.get().destroy();
            throw externalXpub(tenant, chain);
        }
        AccountSeed sealed = sealFreshSeed(tenant, chain);
        AccountSeed stored = seeds.putIfAbsent(sealed);
        register(stored);
        return new Generated(tenant, chain, stored.xpub(), stored == sealed);
    }

    private AccountSeed sealFreshSeed(TenantId tenant, Chain chain) {
        byte[] associatedData = AccountSeed.associatedData(tenant, chain);
        for (int attempt = 1; ; attempt++) {
            byte[] seed = new byte[SEED_BYTES];
            random.nextBytes(seed);
            try (ExtendedKey master = Bip32.masterFromSeed(seed);
                 ExtendedKey account = Bip32.derive(master, DerivationPath.parse(chain.bip44AccountPath()))) {
                WrappedSecret wrapped = vault.wrap(seed, associatedData);
                requireOpensToTheSameSeed(wrapped, associatedData, seed);
                return new AccountSeed(tenant, chain, wrapped, account.toXpub(), clock.instant());
            } catch (DerivationException invalidKey) {
                // BIP32: this seed (probability < 2^-127) or its account node is invalid; use another seed
                if (attempt >= MAX_SEED_ATTEMPTS) {
                    throw new PlatformException(ErrorCode.INTERNAL, "could not derive an account from fresh seeds",
                            invalidKey);
                }
            } finally {
                Arrays.fill(seed, (byte) 0);
            }
        }
    }

    private void requireOpensToTheSameSeed(WrappedSecret wrapped, byte[] associatedData, byte[] seed) {
        byte[] opened = vault.unwrap(wrapped, associatedData);
        try {
            if (!MessageDigest.isEqual(opened, seed)) {
                throw new PlatformException(ErrorCode.INTERNAL, "the HSM did not give the sealed seed back");
            }
        } finally {
            Arrays.fill(opened, (byte) 0);
        }
    }

    private void register(AccountSeed seed) {
        try (ExtendedKey xpub = ExtendedKey.parse(seed.xpub())) {
            xpubs.register(seed.tenant(), seed.chain(), xpub);
        } catch (PlatformException e) {
            if (e.errorCode() == ErrorCode.CONFLICT) {
                throw externalXpub(seed.tenant(), seed.chain());
            }
            throw e;
        }
    }

    static PlatformException externalXpub(TenantId tenant, Chain chain) {
        return new PlatformException(ErrorCode.CONFLICT, "tenant " + tenant + " registered its own account xpub on "
                + chain + "; custody holds no seed for it, so it cannot generate one there nor sweep those deposit "
                + "addresses (sweeping them stays with the holder of that key)");
    }
}
