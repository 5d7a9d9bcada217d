package io.usdtcustody.custody.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.ledger.adapter.DynamoDbLedger;
import io.usdtcustody.localcloud.LocalCloud;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A ledger writer process killed with -9 in the middle of a stream of transfers: whatever it had in flight
 * either landed or did not. The recovering client resends the whole stream with the same transfer ids, and
 * the books show every transfer applied exactly once, money conserved.
 */
@LocalCloudTest(Service.DYNAMODB)
class LedgerWriterCrashIT {
    private static final int TRANSFERS = 200;

    @Test
    void killMinus9_midStream_thenResend_shouldApplyEveryTransferExactlyOnce(LocalCloud cloud, DynamoDbClient dynamoDb,
                                                                             ResourceNaming naming) throws Exception {
        JsonCodec codec = new JsonCodec();
        String ledgerTable = naming.table(ResourceCatalogue.LEDGER);
        String outboxTable = naming.table(ResourceCatalogue.OUTBOX);
        DynamoDbLedger ledger = new DynamoDbLedger(dynamoDb, ledgerTable, new DynamoDbOutbox(outboxTable, codec),
                new LedgerEvents(codec), Clock.systemUTC());
        for (int round = 1; round <= 3; round++) {
            TenantId tenant = TenantId.of("crash" + round + "-" + UUID.randomUUID().toString().substring(0, 6));
            AccountId mirror = AccountId.platform(tenant, Asset.USDT_ETHEREUM, AccountPurpose.CHAIN_MIRROR);
            ledger.open(mirror);
            for (int c = 0; c < TransferStream.CUSTOMERS; c++) {
                ledger.open(TransferStream.customer(tenant, c));
                ledger.transfer(tenant, new TransferRequest(UUID.randomUUID(), mirror, TransferStream.customer(tenant, c),
                        Amount.parse("100", Asset.USDT_ETHEREUM), TransferKind.DEPOSIT, "seed"));
            }

            int completed = runAndKill(cloud, ledgerTable, outboxTable, tenant, round, 20 + 40 * round);
            assertThat(completed).as("the writer was killed mid-stream").isBetween(1, TRANSFERS - 1);

            List<TransferRequest> stream = TransferStream.of(tenant, round, TRANSFERS);
            for (TransferRequest request : stream) {
                try {
                    ledger.transfer(tenant, request); // the recovering client resends everything
                } catch (PlatformException e) {
                    assertThat(e.errorCode().name()).isEqualTo("INSUFFICIENT_FUNDS");
                }
            }
            assertExactlyOnce(ledger, tenant, stream);
        }
    }

    /** Starts the writer, waits until it reported {@code killAfter} transfers, kills it with -9; returns its count. */
    private static int runAndKill(LocalCloud cloud, String ledgerTable, String outboxTable, TenantId tenant, long seed,
                                  int killAfter) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LedgerWriterProcess.class.getName(), cloud.clients().endpoints().get("dynamodb"), ledgerTable,
                outboxTable, tenant.value(), Long.toString(seed), Integer.toString(TRANSFERS))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int completed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.matches("\\d+")) {
                    completed = Integer.parseInt(line) + 1;
                    if (completed >= killAfter) {
                        writer.destroyForcibly(); // SIGKILL while the next transfer is in flight
                        break;
                    }
                }
            }
        }
        writer.waitFor();
        return completed;
    }

    private static void assertExactlyOnce(DynamoDbLedger ledger, TenantId tenant, List<TransferRequest> stream) {
        Map<AccountId, Long> expected = new HashMap<>();
        for (int c = 0; c < TransferStream.CUSTOMERS; c++) {
            expected.put(TransferStream.customer(tenant, c), 100_000_000L);
        }
        for (TransferRequest request : stream) {
            var applied = ledger.transfer(tenant, request.transferId());
            if (applied.isPresent()) {
                assertThat(applied.get().request()).isEqualTo(request);
                expected.merge(request.debit(), -request.amount().minorUnits(), Long::sum);
                expected.merge(request.credit(), request.amount().minorUnits(), Long::sum);
            }
        }
        expected.forEach((account, balance) -> {
            assertThat(ledger.balance(tenant, account).orElseThrow().minorUnits())
                    .as("%s equals the replay of the transfers recorded as applied", account).isEqualTo(balance);
            assertThat(balance).isNotNegative();
        });
        long total = expected.values().stream().mapToLong(Long::longValue).sum();
        assertThat(total).as("money conserved among the customers").isEqualTo(500_000_000L);
    }
}
