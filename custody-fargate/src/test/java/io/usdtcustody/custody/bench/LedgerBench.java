package io.usdtcustody.custody.bench;

import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.custody.ledger.adapter.DynamoDbLedger;
import io.usdtcustody.localcloud.LocalCloud;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * {@code ./platform bench ledger}: ledger transfers per second against DynamoDB Local, latency percentiles,
 * and the write capacity each transfer consumes as DynamoDB reports it (ReturnConsumedCapacity), turned into
 * the on-demand cost of one million transfers. The anchor, measured in the same run on the same server, is a
 * single conditional PutItem: the cheapest idempotent write there is.
 *
 * <p>Arguments: {@code [threads=8] [warmupSeconds=5] [measureSeconds=15] [customers=1000]
 * [usdPerMillionWriteUnits=0.625]}. Not a test: it prints figures for docs/benchmarks.md.
 */
public final class LedgerBench {
    private static final Asset USDT = Asset.USDT_ETHEREUM;
    private static final TenantId TENANT = TenantId.of("bench");

    private LedgerBench() {
    }

    public static void main(String[] args) throws Exception {
        int threads = arg(args, 0, 8);
        int warmup = arg(args, 1, 5);
        int measure = arg(args, 2, 15);
        int customers = arg(args, 3, 1000);
        double usdPerMillionWru = args.length > 4 ? Double.parseDouble(args[4]) : 0.625;

        Path state = Files.createTempDirectory("ledger-bench");
        try (LocalCloud cloud = new LocalCloud(ProjectLayout.locate(), state, Map.of())) {
            cloud.ensure(EnumSet.of(LocalCloud.Service.DYNAMODB));
            ResourceNaming naming = new ResourceNaming("bench-");
            cloud.bootstrap(naming);
            try (DynamoDbClient dynamoDb = cloud.clients().dynamoDb()) {
                JsonCodec codec = new JsonCodec();
                DynamoDbLedger ledger = new DynamoDbLedger(dynamoDb, naming.table(ResourceCatalogue.LEDGER),
                        new DynamoDbOutbox(naming.table(ResourceCatalogue.OUTBOX), codec), new LedgerEvents(codec),
                        Clock.systemUTC());
                List<AccountId> accounts = seed(ledger, customers);
                String scratch = naming.table(ResourceCatalogue.AUDIT);

                LoadRun.Result baseline = LoadRun.run("conditional PutItem (anchor)", threads, warmup, measure, () -> {
                    var response = dynamoDb.putItem(r -> r.tableName(scratch)
                            .item(Map.of("pk", AttributeValue.fromS(UUID.randomUUID().toString()),
                                    "sk", AttributeValue.fromS("x"), "v", AttributeValue.fromN("1")))
                            .conditionExpression("attribute_not_exists(pk)")
                            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
                    return Math.round(response.consumedCapacity().capacityUnits() * 1000);
                });
                double before = ledger.consumedWriteCapacity();
                AtomicLong applied = new AtomicLong();
                LoadRun.Result transfers = LoadRun.run("ledger transfer", threads, warmup, measure, () -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    AccountId from = accounts.get(random.nextInt(accounts.size()));
                    AccountId to = accounts.get(random.nextInt(accounts.size()));
                    if (from.equals(to)) {
                        to = accounts.get((accounts.indexOf(from) + 1) % accounts.size());
                    }
                    try {
                        ledger.transfer(TENANT, new TransferRequest(UUID.randomUUID(), from, to,
                                Amount.of(1 + random.nextInt(1_000_000), USDT), TransferKind.INTERNAL, "bench"));
                        applied.incrementAndGet();
                    } catch (PlatformException e) {
                        // insufficient funds on a random pair still cost a request; counted as an operation
                    }
                    return 0;
                });
                double reportedWcu = (ledger.consumedWriteCapacity() - before) / Math.max(1, applied.get());
                ItemSizes sizes = ItemSizes.of(dynamoDb, naming);
                report(threads, measure, customers, baseline, transfers, applied.get(), reportedWcu, sizes, usdPerMillionWru);
                System.out.println("trial balance: " + ledger.trialBalance());
            }
        }
    }

    private static List<AccountId> seed(DynamoDbLedger ledger, int customers) {
        AccountId mirror = AccountId.platform(TENANT, USDT, AccountPurpose.CHAIN_MIRROR);
        ledger.open(mirror);
        List<AccountId> accounts = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            AccountId account = AccountId.customer(TENANT, "c" + i, USDT, AccountPurpose.FUNDING);
            ledger.open(account);
            ledger.transfer(TENANT, new TransferRequest(UUID.randomUUID(), mirror, account,
                    Amount.parse("1000000", USDT), TransferKind.DEPOSIT, "seed"));
            accounts.add(account);
        }
        return accounts;
    }

    private static void report(int threads, int seconds, int customers, LoadRun.Result baseline, LoadRun.Result transfers, long applied,
                               double reportedWcu, ItemSizes sizes, double usdPerMillionWru) {
        System.out.printf("%nledger benchmark: %d threads, %d s measured, %d customer accounts, DynamoDB Local in-process%n",
                threads, seconds, customers);
        for (LoadRun.Result r : List.of(baseline, transfers)) {
            System.out.printf("  %-30s %9.0f ops/s   p50 %6.2f ms   p99 %6.2f ms   p99.9 %6.2f ms%n",
                    r.name(), r.opsPerSecond(), r.p50Millis(), r.p99Millis(), r.p999Millis());
        }
        System.out.printf("  transfers applied: %d; transfer throughput = %.2f x the anchor%n", applied,
                transfers.opsPerSecond() / baseline.opsPerSecond());
        System.out.printf("  ReturnConsumedCapacity as DynamoDB Local reports it: %.2f WCU per transfer%n", reportedWcu);
        int documented = sizes.transactionalWriteUnitsPerTransfer();
        System.out.printf("  documented (AWS bills 2 WRU per item per KB in a transaction): %d items, largest %d bytes"
                + " -> %d WRU per transfer%n", ItemSizes.ITEMS_PER_TRANSFER, sizes.largestItemBytes(), documented);
        System.out.printf("  + 1 WRU when the outbox relay deletes the transfer's event = %d WRU%n", documented + 1);
        System.out.printf("  on-demand cost of 1,000,000 transfers at $%.3f per million WRU: $%.2f"
                + " (ReturnConsumedCapacity figure: $%.2f)%n", usdPerMillionWru, (documented + 1) * usdPerMillionWru,
                (reportedWcu + 1) * usdPerMillionWru);
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

}
