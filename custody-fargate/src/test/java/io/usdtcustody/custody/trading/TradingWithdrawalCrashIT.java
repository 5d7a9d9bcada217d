package io.usdtcustody.custody.trading;

import static io.usdtcustody.custody.trading.TradingServices.CODEC;
import static io.usdtcustody.custody.trading.TradingServices.USDT;
import static io.usdtcustody.custody.trading.TradingServices.await;
import static io.usdtcustody.custody.trading.TradingServices.balance;
import static io.usdtcustody.custody.trading.TradingServices.funding;
import static io.usdtcustody.custody.trading.TradingServices.fundedTenant;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.custody.ledger.adapter.DynamoDbLedger;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.localcloud.launcher.ServiceProcess;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.events.trading.TradingTransfer;
import io.usdtcustody.model.events.trading.TradingTransferEvents;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;

/**
 * Custody killed with SIGKILL while it consumes a stream of withdrawals from trading (every event published
 * twice, as an at-least-once relay may): after a restart each transfer id is credited once, so the funding
 * balance is exactly the sum of the distinct withdrawals and the omnibus exactly what is left.
 * {@code -Dtrading.crash.rounds=N} repeats it (default 1).
 */
@LocalCloudTest({Service.DYNAMODB, Service.KINESIS})
class TradingWithdrawalCrashIT {
    private static final int ROUNDS = Integer.getInteger("trading.crash.rounds", 1);
    private static final int WITHDRAWALS = 300;
    private static final Map<String, String> SLOW_CONSUMER = Map.of(
            "CUSTODY_TRADING_CONSUMER_BATCH", "3", "CUSTODY_TRADING_CONSUMER_POLL_INTERVAL", "40ms");

    @Test
    void restartAfterKill_shouldCreditEachWithdrawalOnce_whenKilledMidStream(CloudResources cloud) throws Exception {
        DynamoDbLedger ledger = TradingServices.ledger(cloud);
        for (int round = 1; round <= ROUNDS; round++) {
            crashAndRecover(cloud, ledger);
        }
    }

    private void crashAndRecover(CloudResources cloud, DynamoDbLedger ledger) throws Exception {
        TenantId tenant = fundedTenant(ledger, "alice", "1000");
        AccountId omnibus = TradingTransferService.omnibus(tenant);
        ledger.open(omnibus);
        ledger.transfer(tenant, new TransferRequest(UUID.randomUUID(), funding(tenant, "alice"), omnibus,
                Amount.parse("1000", USDT), TransferKind.TO_TRADING, ""));
        publishWithdrawalsTwice(cloud.kinesis(), cloud.naming().stream(ResourceCatalogue.TRADING_WITHDRAWALS), tenant);

        String creditedAtKill;
        try (ServiceProcess custody = TradingServices.start(cloud, ResourceCatalogue.CUSTODY, SLOW_CONSUMER)) {
            await("some withdrawals credited", Duration.ofSeconds(60),
                    () -> Amount.parse(balance(ledger, tenant, funding(tenant, "alice")), USDT).minorUnits() >= 20_000_000L);
            custody.kill();
            creditedAtKill = balance(ledger, tenant, funding(tenant, "alice"));
        }
        assertThat(Amount.parse(creditedAtKill, USDT).minorUnits()).as("killed mid-stream")
                .isLessThan(150_000_000L);

        try (ServiceProcess custody = TradingServices.start(cloud, ResourceCatalogue.CUSTODY, Map.of())) {
            await("every withdrawal credited", Duration.ofSeconds(90),
                    () -> balance(ledger, tenant, funding(tenant, "alice")).equals("150"));
            Thread.sleep(2_000); // a double credit would land by now
            assertThat(custody.isAlive()).isTrue();
        }
        assertThat(balance(ledger, tenant, funding(tenant, "alice"))).isEqualTo("150");
        assertThat(balance(ledger, tenant, omnibus)).isEqualTo("850");
        assertThat(ledger.journal(tenant, funding(tenant, "alice"), Instant.EPOCH, Instant.now().plusSeconds(60), 1000))
                .filteredOn(entry -> entry.kind() == TransferKind.FROM_TRADING).hasSize(WITHDRAWALS);
    }

    /** 300 withdrawals of 0.5 USDT, each record put twice (in order, as a relay retry would). */
    private static void publishWithdrawalsTwice(KinesisClient kinesis, String stream, TenantId tenant) {
        List<PutRecordsRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < WITHDRAWALS; i++) {
            String transferId = UUID.randomUUID().toString();
            byte[] data = CODEC.encode(CODEC.wrap(TradingTransferEvents.TO_FUNDING, UUID.randomUUID(), Instant.now(),
                    tenant.value(), new TradingTransfer(transferId, "alice", "USDT", "ETHEREUM", "0.5")));
            PutRecordsRequestEntry entry = PutRecordsRequestEntry.builder().data(SdkBytes.fromByteArray(data))
                    .partitionKey(TradingTransferEvents.partitionKey(tenant.value(), "alice")).build();
            entries.add(entry);
            entries.add(entry);
        }
        for (int from = 0; from < entries.size(); from += 100) {
            List<PutRecordsRequestEntry> batch = entries.subList(from, Math.min(from + 100, entries.size()));
            assertThat(kinesis.putRecords(r -> r.streamName(stream).records(batch)).failedRecordCount()).isZero();
        }
    }
}
