package io.usdtcustody.custody.address.adapter;

import static io.usdtcustody.custody.address.adapter.TestKeys.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.address.AccountSeed;
import io.usdtcustody.custody.address.port.AccountSeeds;
import io.usdtcustody.custody.keyvault.KeyLabel;
import io.usdtcustody.custody.keyvault.WrappedSecret;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AccountSeeds} adapter must do; run against the in-memory and the DynamoDB adapter. */
abstract class AccountSeedsContract {
    private static final SecureRandom RANDOM = new SecureRandom();
    protected AccountSeeds seeds;
    protected TenantId acme;

    protected abstract AccountSeeds newSeeds();

    @BeforeEach
    void setUp() {
        seeds = newSeeds();
        acme = freshTenant("acme");
    }

    @Test
    void putIfAbsent_shouldStoreTheSeed_andFindGivesItBackExactly() {
        AccountSeed seed = seed(acme, Chain.ETHEREUM, "xpub-a");

        assertThat(seeds.putIfAbsent(seed)).isEqualTo(seed);

        assertThat(seeds.find(acme, Chain.ETHEREUM)).contains(seed);
    }

    @Test
    void putIfAbsent_shouldKeepTheFirstSeed_whenASecondArrivesForTheSameTenantAndChain() {
        AccountSeed first = seed(acme, Chain.ETHEREUM, "xpub-first");
        seeds.putIfAbsent(first);

        AccountSeed answer = seeds.putIfAbsent(seed(acme, Chain.ETHEREUM, "xpub-second"));

        assertThat(answer).isEqualTo(first);
        assertThat(seeds.find(acme, Chain.ETHEREUM)).contains(first);
    }

    @Test
    void find_shouldSeeNothing_ofAnotherTenantOrChain() {
        seeds.putIfAbsent(seed(acme, Chain.ETHEREUM, "xpub-a"));

        assertThat(seeds.find(freshTenant("globex"), Chain.ETHEREUM)).isEmpty();
        assertThat(seeds.find(acme, Chain.TRON)).isEmpty();
    }

    private static AccountSeed seed(TenantId tenant, Chain chain, String xpub) {
        byte[] iv = new byte[WrappedSecret.IV_BYTES];
        byte[] ciphertext = new byte[64 + WrappedSecret.TAG_BYTES];
        RANDOM.nextBytes(iv);
        RANDOM.nextBytes(ciphertext);
        return new AccountSeed(tenant, chain, new WrappedSecret(KeyLabel.of("seed-wrap-1"), iv, ciphertext), xpub,
                Instant.parse("2026-03-01T10:00:00.123Z"));
    }
}
