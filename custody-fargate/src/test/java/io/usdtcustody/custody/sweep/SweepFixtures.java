package io.usdtcustody.custody.sweep;

import io.usdtcustody.custody.address.AccountGeneration;
import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.address.adapter.InMemoryAccountSeeds;
import io.usdtcustody.custody.address.adapter.InMemoryAccountXpubs;
import io.usdtcustody.custody.address.adapter.InMemoryDepositAddresses;
import io.usdtcustody.custody.chain.ethereum.TestKeySigner;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumAccount;
import io.usdtcustody.custody.deposit.DepositBooking;
import io.usdtcustody.custody.deposit.TokenTransfer;
import io.usdtcustody.custody.keyvault.adapter.InMemorySeedVault;
import io.usdtcustody.custody.keyvault.adapter.InMemorySessionKeySigner;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.adapter.InMemoryLedger;
import io.usdtcustody.custody.policy.RecordingAuditLog;
import io.usdtcustody.custody.sweep.adapter.InMemorySweepStore;
import io.usdtcustody.localcloud.testing.MutableClock;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Sweeping wired from in-memory parts around real logic: a vault-generated tenant account (seed sealed by an
 * in-memory AES-GCM vault), deposit addresses derived from its xpub, deposits credited through the real
 * {@link DepositBooking} (which reports them as sweep candidates), deposit keys derived from the seed and signing
 * through an in-memory session signer, and a chain whose transactions are really signed.
 */
abstract class SweepFixtures {
    static final Asset USDT = Asset.USDT_ETHEREUM;
    static final long USDT_25 = 25_000_000L;
    static final SweepSettings SETTINGS = new SweepSettings("0xdAC17F958D2ee523a2206206994597C13D831ec7",
            BigInteger.valueOf(10_000_000), BigInteger.valueOf(100_000), 50, 3, Duration.ofMinutes(10), 25);
    private static final SecureRandom RANDOM = new SecureRandom();

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    final JsonCodec codec = new JsonCodec();
    final TenantId tenant = TenantId.of("acme");
    final InMemorySeedVault vault = new InMemorySeedVault(RANDOM);
    final InMemoryAccountSeeds seeds = new InMemoryAccountSeeds();
    final InMemoryAccountXpubs xpubs = new InMemoryAccountXpubs();
    final InMemoryDepositAddresses addresses = new InMemoryDepositAddresses(xpubs);
    final InMemorySessionKeySigner sessionKeys = new InMemorySessionKeySigner();
    final RecordingAuditLog audit = new RecordingAuditLog();
    final InMemoryLedger ledger = new InMemoryLedger(clock, new LedgerEvents(codec));
    final InMemorySweepStore store = new InMemorySweepStore();
    final InMemorySweepChain chain = new InMemorySweepChain();
    final DepositKeys keys = new DepositKeys(seeds, vault, sessionKeys, audit);
    final DepositBooking booking = new DepositBooking(ledger, codec, clock, new SweepFollowUp(store, clock));
    final EthereumAccount gasStation;
    final String hot = "0x" + "ab".repeat(20);
    final SweepPlanner planner = new SweepPlanner(SETTINGS, store, chain, keys, audit, UUID::randomUUID, clock);
    final DepositSweeper sweeper;

    SweepFixtures() {
        TestKeySigner station = TestKeySigner.random();
        gasStation = new EthereumAccount(station.address(), station);
        chain.giveEther(gasStation.address(), BigInteger.TEN.pow(18));
        new AccountGeneration(vault, seeds, xpubs, RANDOM, clock).generate(tenant, Chain.ETHEREUM);
        sweeper = sweeper();
    }

    DepositSweeper sweeper() {
        return new DepositSweeper(SETTINGS, store, chain, keys, gasStation, hot, new SweepBooking(ledger), audit, clock);
    }

    DepositAddress address(String customer) {
        return addresses.addressFor(tenant, customer, Chain.ETHEREUM);
    }

    /** Tokens arrive at {@code to} on chain and the watcher credits them (as it would after N confirmations). */
    TokenTransfer deposit(DepositAddress to, long units) {
        chain.giveTokens(to.address(), units);
        TokenTransfer transfer = new TokenTransfer("0x" + HexFormat.of().formatHex(randomBytes(32)), 0, 100,
                "0x" + "11".repeat(32), "0x" + "22".repeat(20), to.address().toLowerCase(), BigInteger.valueOf(units));
        booking.credit(to, transfer, 12);
        return transfer;
    }

    /** Plans, advances and mines until nothing moves any more (at most {@code passes} passes). */
    void runPasses(int passes) {
        for (int i = 0; i < passes; i++) {
            int moved = planner.planOnce() + sweeper.runOnce();
            chain.mine();
            if (moved == 0 && planner.planOnce() == 0 && sweeper.runOnce() == 0) {
                return;
            }
        }
    }

    Amount balance(AccountPurpose purpose) {
        return ledger.balance(tenant, AccountId.platform(tenant, USDT, purpose)).orElse(Amount.zero(USDT));
    }

    static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
