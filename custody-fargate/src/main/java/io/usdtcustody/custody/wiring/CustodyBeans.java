package io.usdtcustody.custody.wiring;

import io.micronaut.context.annotation.Factory;
import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.events.OutboxRelay;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.adapter.DynamoDbLedger;
import io.usdtcustody.custody.ledger.port.Ledger;
import io.usdtcustody.custody.withdrawal.WithdrawalEvents;
import io.usdtcustody.custody.withdrawal.WithdrawalService;
import io.usdtcustody.custody.withdrawal.adapter.DynamoDbWithdrawalStore;
import io.usdtcustody.custody.withdrawal.port.WithdrawalPolicy;
import io.usdtcustody.custody.withdrawal.port.WithdrawalStore;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.ids.IdGenerator;
import io.usdtcustody.model.ids.UuidV7Generator;
import io.usdtcustody.model.json.JsonCodec;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/** Builds custody's object graph once: adapters get SDK clients and table names from the catalogue. */
@Factory
public class CustodyBeans {

    @Singleton
    JsonCodec jsonCodec() {
        return new JsonCodec();
    }

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    IdGenerator ids(Clock clock) {
        return new UuidV7Generator(clock, new SecureRandom());
    }

    @Singleton
    DynamoDbOutbox outbox(ResourceNaming naming, JsonCodec codec) {
        return new DynamoDbOutbox(naming.table(ResourceCatalogue.OUTBOX), codec);
    }

    @Singleton
    OutboxRelay outboxRelay(DynamoDbClient dynamoDb, KinesisClient kinesis, ResourceNaming naming) {
        return new OutboxRelay(dynamoDb, kinesis, naming.table(ResourceCatalogue.OUTBOX), naming);
    }

    @Singleton
    Ledger ledger(DynamoDbClient dynamoDb, ResourceNaming naming, DynamoDbOutbox outbox, JsonCodec codec, Clock clock) {
        return new DynamoDbLedger(dynamoDb, naming.table(ResourceCatalogue.LEDGER), outbox, new LedgerEvents(codec), clock);
    }

    @Singleton
    WithdrawalStore withdrawalStore(DynamoDbClient dynamoDb, ResourceNaming naming, DynamoDbOutbox outbox) {
        return new DynamoDbWithdrawalStore(dynamoDb, naming.table(ResourceCatalogue.WALLETS), outbox);
    }

    @Singleton
    WithdrawalService withdrawalService(WithdrawalStore store, Ledger ledger, WithdrawalPolicy policy, JsonCodec codec,
                                        IdGenerator ids, Clock clock) {
        return new WithdrawalService(store, ledger, policy, new WithdrawalEvents(codec), ids, clock);
    }
}
