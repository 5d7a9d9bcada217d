package io.usdtcustody.custody.trading.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.custody.ledger.adapter.DynamoDbLedger;
import io.usdtcustody.custody.trading.TradingTransferService;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.events.trading.TradingTransfer;
import io.usdtcustody.model.events.trading.TradingTransferEvents;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The trading-withdrawals consumer in process, against the local DynamoDB and Kinesis. */
@LocalCloudTest({Service.DYNAMODB, Service.KINESIS})
class KinesisTradingWithdrawalsIT {
    private static final Asset USDT = Asset.USDT_ETHEREUM;
    private final JsonCodec codec = new JsonCodec();

    @Test
    void pollOnce_shouldCreditOnceParkTheUnfixableAndResume_whenRestarted(CloudResources cloud) {
        var naming = cloud.naming();
        DynamoDbLedger ledger = new DynamoDbLedger(cloud.dynamoDb(), naming.table(ResourceCatalogue.LEDGER),
                new DynamoDbOutbox(naming.table(ResourceCatalogue.OUTBOX), codec), new LedgerEvents(codec),
                Clock.systemUTC());
        TradingTransferService service = new TradingTransferService(ledger, codec, Clock.systemUTC());
        String stream = naming.stream(ResourceCatalogue.TRADING_WITHDRAWALS);
        String wallets = naming.table(ResourceCatalogue.WALLETS);
        TenantId tenant = TenantId.of("acme");
        AccountId mirror = AccountId.platform(tenant, USDT, AccountPurpose.CHAIN_MIRROR);
        AccountId omnibus = AccountId.platform(tenant, USDT, AccountPurpose.TRADING_OMNIBUS);
        ledger.open(mirror);
        ledger.open(omnibus);
        ledger.transfer(tenant, new TransferRequest(UUID.randomUUID(), mirror, omnibus, Amount.parse("100", USDT),
                TransferKind.INTERNAL, "seed"));
        String repeated = UUID.randomUUID().toString();
        put(cloud, stream, tenant, withdrawal(tenant, repeated, "2.5"));
        put(cloud, stream, tenant, "not an event".getBytes(StandardCharsets.UTF_8));
        put(cloud, stream, tenant, withdrawal(tenant, repeated, "2.5"));
        put(cloud, stream, tenant, withdrawal(tenant, UUID.randomUUID().toString(), "1000")); // more than the omnibus

        int first = consumer(cloud, service, stream, wallets).pollOnce();
        put(cloud, stream, tenant, withdrawal(tenant, UUID.randomUUID().toString(), "0.5"));
        int afterRestart = consumer(cloud, service, stream, wallets).pollOnce();

        assertThat(first).isEqualTo(4);
        assertThat(afterRestart).as("a new consumer resumes after the saved position").isEqualTo(1);
        AccountId alice = AccountId.customer(tenant, "alice", USDT, AccountPurpose.FUNDING);
        assertThat(ledger.balance(tenant, alice).orElseThrow().toPlainString()).isEqualTo("3");
        assertThat(ledger.balance(tenant, omnibus).orElseThrow().toPlainString()).isEqualTo("97");
        var parked = cloud.dynamoDb().query(r -> r.tableName(wallets).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(
                        "STREAM_PARKED#" + ResourceCatalogue.TRADING_WITHDRAWALS.name())))).items();
        assertThat(parked).extracting(item -> item.get("reason").s())
                .containsExactlyInAnyOrder("MALFORMED_JSON", "INSUFFICIENT_FUNDS");
    }

    private KinesisTradingWithdrawals consumer(CloudResources cloud, TradingTransferService service, String stream,
            String wallets) {
        return new KinesisTradingWithdrawals(cloud.kinesis(), stream, ResourceCatalogue.TRADING_WITHDRAWALS.name(),
                new DynamoDbStreamPositions(cloud.dynamoDb(), wallets), service, codec, 10);
    }

    private byte[] withdrawal(TenantId tenant, String transferId, String amount) {
        return codec.encode(codec.wrap(TradingTransferEvents.TO_FUNDING, UUID.randomUUID(), Instant.now(),
                tenant.value(), new TradingTransfer(transferId, "alice", "USDT", "ETHEREUM", amount)));
    }

    private static void put(CloudResources cloud, String stream, TenantId tenant, byte[] data) {
        cloud.kinesis().putRecord(r -> r.streamName(stream).data(SdkBytes.fromByteArray(data))
                .partitionKey(TradingTransferEvents.partitionKey(tenant.value(), "alice")));
    }
}
