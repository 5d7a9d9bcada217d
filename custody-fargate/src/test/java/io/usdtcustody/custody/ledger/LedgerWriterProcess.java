package io.usdtcustody.custody.ledger;

import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.ledger.adapter.DynamoDbLedger;
import io.usdtcustody.localcloud.AwsClients;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A ledger client in its own JVM, for crash tests: applies the deterministic transfer stream of
 * {@link TransferStream} one by one and prints each index it completed, until it is killed.
 * Arguments: dynamoEndpoint ledgerTable outboxTable tenant seed count.
 */
public final class LedgerWriterProcess {
    private LedgerWriterProcess() {
    }

    public static void main(String[] args) {
        try (var dynamoDb = AwsClients.forEndpoints(Map.of("dynamodb", args[0])).dynamoDb()) {
            JsonCodec codec = new JsonCodec();
            DynamoDbLedger ledger = new DynamoDbLedger(dynamoDb, args[1], new DynamoDbOutbox(args[2], codec),
                    new LedgerEvents(codec), Clock.systemUTC());
            TenantId tenant = TenantId.of(args[3]);
            List<TransferRequest> stream = TransferStream.of(tenant, Long.parseLong(args[4]), Integer.parseInt(args[5]));
            for (int i = 0; i < stream.size(); i++) {
                try {
                    ledger.transfer(tenant, stream.get(i));
                } catch (PlatformException e) {
                    // insufficient funds is a legitimate outcome of a random stream
                }
                System.out.println(i);
                System.out.flush();
            }
        }
    }
}
