package io.usdtcustody.matching.transfers;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.usdtcustody.matching.api.AccountDirectory;
import io.usdtcustody.matching.core.MatchingCore;
import io.usdtcustody.matching.transfers.adapter.FileShardPositions;
import io.usdtcustody.matching.transfers.adapter.FileWithdrawalRecords;
import io.usdtcustody.matching.transfers.adapter.KinesisShardStream;
import io.usdtcustody.matching.transfers.adapter.KinesisWithdrawalPublisher;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.json.JsonCodec;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * Funding ↔ trading transfers in the service: the consumer of {@code trading-transfers} and the withdrawals
 * published to {@code trading-withdrawals}, with their positions and records under
 * {@code <matching.data-dir>/transfers} (the journal's volume). Both talk to Kinesis, so they are off when
 * {@code matching.events.enabled=false} or {@code matching.transfers.enabled=false}.
 */
@Factory
@Requires(property = "matching.events.enabled", notEquals = "false")
@Requires(property = "matching.transfers.enabled", notEquals = "false")
public class TransfersFactory {

    /** The Kinesis client of the transfer streams (its own, closed with the context). */
    public record TransfersKinesis(KinesisClient client) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
        }
    }

    @Singleton
    @Bean(preDestroy = "close")
    TransfersKinesis transfersKinesis() {
        return new TransfersKinesis(KinesisClient.create()); // region, credentials, endpoint: the SDK's chain
    }

    @Singleton
    TradingAsset tradingAsset(MatchingCore core) {
        return TradingAsset.find(core, TradingAsset.USDT);
    }

    @Singleton
    TransferStreamConsumer transferStreamConsumer(MatchingCore core, TransfersKinesis kinesis, JsonCodec codec,
            TradingAsset asset, @Value("${matching.data-dir:.run/matching}") String dataDirectory,
            @Value("${matching.transfers.batch:500}") int batch, AccountDirectory accounts) {
        return new TransferStreamConsumer(core,
                new KinesisShardStream(kinesis.client(), naming().stream(ResourceCatalogue.TRADING_TRANSFERS)),
                new FileShardPositions(Path.of(dataDirectory, "transfers", "trading-transfers.positions")), codec,
                asset, batch, accounts::register);
    }

    @Singleton
    TradingWithdrawals tradingWithdrawals(MatchingCore core, TransfersKinesis kinesis, JsonCodec codec,
            TradingAsset asset, @Value("${matching.data-dir:.run/matching}") String dataDirectory) {
        return new TradingWithdrawals(core,
                new FileWithdrawalRecords(Path.of(dataDirectory, "transfers", "withdrawals"), codec),
                new KinesisWithdrawalPublisher(kinesis.client(),
                        naming().stream(ResourceCatalogue.TRADING_WITHDRAWALS), codec, asset),
                asset, Clock.systemUTC());
    }

    private static ResourceNaming naming() {
        return new ResourceNaming(System.getenv().getOrDefault(ResourceNaming.ENVIRONMENT_VARIABLE, ""));
    }
}
