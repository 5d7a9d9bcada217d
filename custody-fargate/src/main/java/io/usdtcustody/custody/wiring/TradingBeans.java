package io.usdtcustody.custody.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.usdtcustody.custody.ledger.port.Ledger;
import io.usdtcustody.custody.trading.TradingTransferService;
import io.usdtcustody.custody.trading.adapter.DynamoDbStreamPositions;
import io.usdtcustody.custody.trading.adapter.KinesisTradingWithdrawals;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.json.JsonCodec;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * Funding ↔ trading transfers: the service behind {@code POST /v1/trading-transfers}, and the consumer of
 * matching's {@code trading-withdrawals} stream (positions in the wallets table), which
 * {@code custody.trading.consumer.enabled=false} turns off.
 */
@Factory
public class TradingBeans {
    static final String CONSUMER_ENABLED = "custody.trading.consumer.enabled";

    @Singleton
    TradingTransferService tradingTransferService(Ledger ledger, JsonCodec codec, Clock clock) {
        return new TradingTransferService(ledger, codec, clock);
    }

    @Singleton
    @Requires(property = CONSUMER_ENABLED, notEquals = "false")
    KinesisTradingWithdrawals tradingWithdrawals(KinesisClient kinesis, DynamoDbClient dynamoDb, ResourceNaming naming,
            TradingTransferService transfers, JsonCodec codec,
            @Value("${custody.trading.consumer.batch:100}") int batch) {
        return new KinesisTradingWithdrawals(kinesis, naming.stream(ResourceCatalogue.TRADING_WITHDRAWALS),
                ResourceCatalogue.TRADING_WITHDRAWALS.name(),
                new DynamoDbStreamPositions(dynamoDb, naming.table(ResourceCatalogue.WALLETS)), transfers, codec, batch);
    }
}
