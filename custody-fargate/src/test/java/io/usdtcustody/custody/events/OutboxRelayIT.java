package io.usdtcustody.custody.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.custody.ledger.adapter.DynamoDbLedger;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.events.EventEnvelope;
import io.usdtcustody.model.events.wallet.TransferApplied;
import io.usdtcustody.model.events.wallet.WalletEvents;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/** Events commit with the transfer, reach the wallet-events stream once, and are gone from the outbox. */
@LocalCloudTest({Service.DYNAMODB, Service.KINESIS})
class OutboxRelayIT {
    private final JsonCodec codec = new JsonCodec();

    @Test
    void transfer_shouldPublishOneTransferAppliedEvent_evenWhenRetried(DynamoDbClient dynamoDb, KinesisClient kinesis,
                                                                       ResourceNaming naming) {
        String outboxTable = naming.table(ResourceCatalogue.OUTBOX);
        DynamoDbLedger ledger = new DynamoDbLedger(dynamoDb, naming.table(ResourceCatalogue.LEDGER),
                new DynamoDbOutbox(outboxTable, codec), new LedgerEvents(codec), Clock.systemUTC());
        OutboxRelay relay = new OutboxRelay(dynamoDb, kinesis, outboxTable, naming);
        TenantId tenant = TenantId.of("acme");
        AccountId mirror = AccountId.platform(tenant, Asset.USDT_ETHEREUM, AccountPurpose.CHAIN_MIRROR);
        AccountId alice = AccountId.customer(tenant, "alice", Asset.USDT_ETHEREUM, AccountPurpose.FUNDING);
        ledger.open(mirror);
        ledger.open(alice);
        TransferRequest deposit = new TransferRequest(UUID.randomUUID(), mirror, alice,
                Amount.parse("25", Asset.USDT_ETHEREUM), TransferKind.DEPOSIT, "0xabc:3");

        ledger.transfer(tenant, deposit);
        ledger.transfer(tenant, deposit); // a client retry: no second event
        int first = relay.drainOnce();
        int second = relay.drainOnce();

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        assertThat(dynamoDb.scan(r -> r.tableName(outboxTable)).count()).isZero();
        List<EventEnvelope> events = readAll(kinesis, naming.stream(ResourceCatalogue.WALLET_EVENTS));
        assertThat(events).hasSize(1);
        EventEnvelope event = events.get(0);
        assertThat(event.type()).isEqualTo("wallet.transfer.applied");
        assertThat(event.tenantId()).isEqualTo("acme");
        TransferApplied payload = codec.unwrap(event, WalletEvents.TRANSFER_APPLIED);
        assertThat(payload.transferId()).isEqualTo(deposit.transferId().toString());
        assertThat(payload.amount()).isEqualTo("25");
        assertThat(payload.creditAccount()).isEqualTo(alice.key());
        assertThat(payload.kind()).isEqualTo("DEPOSIT");
    }

    private List<EventEnvelope> readAll(KinesisClient kinesis, String stream) {
        List<EventEnvelope> events = new ArrayList<>();
        for (Shard shard : kinesis.listShards(r -> r.streamName(stream)).shards()) {
            String iterator = kinesis.getShardIterator(r -> r.streamName(stream).shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            kinesis.getRecords(r -> r.shardIterator(iterator)).records()
                    .forEach(record -> events.add(codec.decodeEnvelope(record.data().asByteArray())));
        }
        return events;
    }
}
