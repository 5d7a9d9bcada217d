package io.usdtcustody.custody.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.usdtcustody.custody.address.adapter.InMemoryAccountSeeds;
import io.usdtcustody.custody.address.adapter.InMemoryAccountXpubs;
import io.usdtcustody.custody.address.port.AccountSeeds;
import io.usdtcustody.custody.keyvault.KeyLabel;
import io.usdtcustody.custody.keyvault.KeyVaultException;
import io.usdtcustody.custody.keyvault.WrappedSecret;
import io.usdtcustody.custody.keyvault.adapter.InMemorySeedVault;
import io.usdtcustody.custody.keyvault.port.SeedVault;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.hd.Bip32;
import io.usdtcustody.model.hd.DerivationPath;
import io.usdtcustody.model.hd.ExtendedKey;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Vault-generated accounts: sealed seed, registered xpub, idempotence, races, and what custody refuses. */
class AccountGenerationTest {
    private static final TenantId ACME = TenantId.of("acme");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    /** A SecureRandom that remembers the arrays it filled, so tests can see they were wiped. */
    private static final class RecordingRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        final List<byte[]> filled = new ArrayList<>();

        @Override
        public synchronized void nextBytes(byte[] bytes) {
            super.nextBytes(bytes);
            filled.add(bytes);
        }
    }

    private final RecordingRandom random = new RecordingRandom();
    private final InMemorySeedVault vault = new InMemorySeedVault(new SecureRandom());
    private final InMemoryAccountSeeds seeds = new InMemoryAccountSeeds();
    private final InMemoryAccountXpubs xpubs = new InMemoryAccountXpubs();
    private final AccountGeneration generation = new AccountGeneration(vault, seeds, xpubs, random, CLOCK);

    @Test
    void generate_shouldRegisterTheXpubOfTheSealedSeed_whenTheTenantHasNoAccount() {
        AccountGeneration.Generated account = generation.generate(ACME, Chain.ETHEREUM);

        assertThat(account.created()).isTrue();
        assertThat(xpubs.find(ACME, Chain.ETHEREUM)).map(ExtendedKey::toXpub).contains(account.xpub());
        AccountSeed stored = seeds.find(ACME, Chain.ETHEREUM).orElseThrow();
        byte[] seed = vault.unwrap(stored.wrapped(), AccountSeed.associatedData(ACME, Chain.ETHEREUM));
        assertThat(seed).hasSize(AccountGeneration.SEED_BYTES);
        try (ExtendedKey master = Bip32.masterFromSeed(seed);
             ExtendedKey accountKey = Bip32.derive(master, DerivationPath.parse("m/44'/60'/0'"))) {
            assertThat(accountKey.toXpub()).as("the xpub comes from the sealed seed").isEqualTo(account.xpub());
        }
        assertThat(stored.createdAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void generate_shouldOverwriteEveryPlaintextSeed_whenItReturns() {
        generation.generate(ACME, Chain.ETHEREUM);

        List<byte[]> seedBuffers = random.filled.stream().filter(b -> b.length == AccountGeneration.SEED_BYTES).toList();
        assertThat(seedBuffers).isNotEmpty().allSatisfy(buffer -> assertThat(buffer).containsOnly(0));
    }

    @Test
    void generate_shouldAnswerTheSameXpub_whenCalledAgain() {
        String first = generation.generate(ACME, Chain.ETHEREUM).xpub();

        AccountGeneration.Generated again = generation.generate(ACME, Chain.ETHEREUM);

        assertThat(again.created()).isFalse();
        assertThat(again.xpub()).isEqualTo(first);
        assertThat(generation.generate(ACME, Chain.TRON).xpub()).as("another chain, another account").isNotEqualTo(first);
    }

    @Test
    void generate_shouldConflictAndStoreNoSeed_whenTheTenantRegisteredItsOwnXpub() {
        try (ExtendedKey external = externalAccountXpub()) {
            xpubs.register(ACME, Chain.ETHEREUM, external);
        }

        PlatformException refused = catchThrowableOfType(PlatformException.class,
                () -> generation.generate(ACME, Chain.ETHEREUM));

        assertThat(refused.errorCode()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(refused.detail()).contains("registered its own account xpub", "cannot", "sweep");
        assertThat(seeds.find(ACME, Chain.ETHEREUM)).isEmpty();
    }

    @Test
    void generate_shouldRegisterTheStoredXpub_whenACrashCameBetweenStoringTheSeedAndRegistering() {
        AccountGeneration.Generated account = generation.generate(TenantId.of("other"), Chain.ETHEREUM);
        AccountSeed orphan = seeds.find(TenantId.of("other"), Chain.ETHEREUM).orElseThrow();
        InMemoryAccountXpubs freshXpubs = new InMemoryAccountXpubs(); // as if registering never happened
        AccountGeneration restarted = new AccountGeneration(vault, seeds, freshXpubs, random, CLOCK);

        AccountGeneration.Generated again = restarted.generate(orphan.tenant(), Chain.ETHEREUM);

        assertThat(again.xpub()).isEqualTo(account.xpub());
        assertThat(freshXpubs.find(orphan.tenant(), Chain.ETHEREUM)).map(ExtendedKey::toXpub).contains(account.xpub());
    }

    @Test
    void generate_shouldKeepTheFirstSeed_whenAnotherGenerationStoredOneMeanwhile() {
        AccountSeeds racing = new AccountSeeds() {
            private boolean raced;

            @Override
            public AccountSeed putIfAbsent(AccountSeed seed) {
                if (!raced) {
                    raced = true; // the other request's seed lands just before ours
                    new AccountGeneration(vault, seeds, new InMemoryAccountXpubs(), new SecureRandom(), CLOCK)
                            .generate(seed.tenant(), seed.chain());
                }
                return seeds.putIfAbsent(seed);
            }

            @Override
            public Optional<AccountSeed> find(TenantId tenant, Chain chain) {
                return seeds.find(tenant, chain);
            }
        };

        AccountGeneration.Generated ours = new AccountGeneration(vault, racing, xpubs, random, CLOCK)
                .generate(ACME, Chain.ETHEREUM);

        assertThat(ours.created()).isFalse();
        assertThat(ours.xpub()).isEqualTo(seeds.find(ACME, Chain.ETHEREUM).orElseThrow().xpub());
        assertThat(xpubs.find(ACME, Chain.ETHEREUM)).map(ExtendedKey::toXpub).contains(ours.xpub());
    }

    @Test
    void generate_shouldFailAndStoreNothing_whenTheHsmDoesNotGiveTheSeedBack() {
        SeedVault forgetful = new SeedVault() {
            @Override
            public KeyLabel wrappingKey() {
                return vault.wrappingKey();
            }

            @Override
            public WrappedSecret wrap(byte[] secret, byte[] associatedData) {
                return vault.wrap(secret, associatedData);
            }

            @Override
            public byte[] unwrap(WrappedSecret wrapped, byte[] associatedData) {
                return new byte[AccountGeneration.SEED_BYTES];
            }
        };

        PlatformException failed = catchThrowableOfType(PlatformException.class,
                () -> new AccountGeneration(forgetful, seeds, xpubs, random, CLOCK).generate(ACME, Chain.ETHEREUM));

        assertThat(failed.errorCode()).isEqualTo(ErrorCode.INTERNAL);
        assertThat(seeds.find(ACME, Chain.ETHEREUM)).isEmpty();
        assertThat(xpubs.find(ACME, Chain.ETHEREUM)).isEmpty();
    }

    @Test
    void storedSeed_shouldNotOpenUnderAnotherTenantOrChain_becauseTheAssociatedDataBindsIt() {
        generation.generate(ACME, Chain.ETHEREUM);
        WrappedSecret wrapped = seeds.find(ACME, Chain.ETHEREUM).orElseThrow().wrapped();

        for (byte[] other : List.of(AccountSeed.associatedData(TenantId.of("acme2"), Chain.ETHEREUM),
                AccountSeed.associatedData(ACME, Chain.TRON))) {
            KeyVaultException refused = catchThrowableOfType(KeyVaultException.class, () -> vault.unwrap(wrapped, other));
            assertThat(refused.errorCode()).isEqualTo(ErrorCode.INTERNAL);
        }
    }

    private static ExtendedKey externalAccountXpub() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        try (ExtendedKey master = Bip32.masterFromSeed(seed);
             ExtendedKey account = Bip32.derive(master, DerivationPath.parse("m/44'/60'/0'"))) {
            return account.neuter();
        }
    }
}
