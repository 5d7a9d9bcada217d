package io.usdtcustody.custody.ledger;

import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** A deterministic stream of transfers between five customers (ids derived from seed and position). */
final class TransferStream {
    static final int CUSTOMERS = 5;

    private TransferStream() {
    }

    static AccountId customer(TenantId tenant, int i) {
        return AccountId.customer(tenant, "c" + i, Asset.USDT_ETHEREUM, AccountPurpose.FUNDING);
    }

    static List<TransferRequest> of(TenantId tenant, long seed, int count) {
        Random random = new Random(seed);
        List<TransferRequest> stream = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int from = random.nextInt(CUSTOMERS);
            int to = (from + 1 + random.nextInt(CUSTOMERS - 1)) % CUSTOMERS;
            UUID id = UUID.nameUUIDFromBytes((tenant + ":" + seed + ":" + i).getBytes(StandardCharsets.UTF_8));
            stream.add(new TransferRequest(id, customer(tenant, from), customer(tenant, to),
                    Amount.of(1 + random.nextInt(5_000_000), Asset.USDT_ETHEREUM), TransferKind.INTERNAL, "stream:" + i));
        }
        return stream;
    }
}
