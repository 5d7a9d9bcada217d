package io.usdtcustody.custody.deposit.travelrule;

import static io.usdtcustody.custody.deposit.travelrule.IncomingTravelRuleFixtures.KNOWN_LEI;
import static io.usdtcustody.custody.deposit.travelrule.IncomingTravelRuleFixtures.UNKNOWN_LEI;
import static io.usdtcustody.custody.deposit.travelrule.IncomingTravelRuleFixtures.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.usdtcustody.custody.deposit.travelrule.port.ReceivedTravelRuleStore;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** What every {@link ReceivedTravelRuleStore} does; run against the in-memory and the DynamoDB adapter. */
public abstract class ReceivedTravelRuleStoreContract {
    private static final String ADDRESS = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB";
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");

    private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID().toString().substring(0, 8));
    private final String tx = randomTx();

    protected abstract ReceivedTravelRuleStore newStore();

    @Test
    void save_shouldKeepThePayloadReadableByItsTenantOnly_whenSaved() {
        ReceivedTravelRuleStore store = newStore();

        var saved = store.save("k1", "h1", data(tenant, 4L, KNOWN_LEI, AT));

        assertThat(saved.replayed()).isFalse();
        assertThat(store.forTransaction(tenant, Chain.ETHEREUM, tx)).singleElement().satisfies(read -> {
            assertThat(read.payload()).isEqualTo(payload(ADDRESS, KNOWN_LEI));
            assertThat(read.logIndex()).isEqualTo(4L);
            assertThat(read.destinationAddress()).isEqualTo(ADDRESS);
            assertThat(read.receivedAt()).isEqualTo(AT);
        });
        assertThat(store.forTransaction(TenantId.of("someone-else"), Chain.ETHEREUM, tx)).isEmpty();
        assertThat(store.forTransaction(tenant, Chain.ETHEREUM, randomTx())).isEmpty();
    }

    @Test
    void save_shouldReplayTheSameKeyAndRefuseItForAnotherPayload_whenAKeyIsUsedTwice() {
        ReceivedTravelRuleStore store = newStore();
        store.save("k1", "h1", data(tenant, null, KNOWN_LEI, AT));

        var replay = store.save("k1", "h1", data(tenant, null, KNOWN_LEI, AT));
        PlatformException reused = catchThrowableOfType(PlatformException.class,
                () -> store.save("k1", "h2", data(tenant, null, UNKNOWN_LEI, AT.plusSeconds(1))));

        assertThat(replay.replayed()).isTrue();
        assertThat(reused.errorCode()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(store.forTransaction(tenant, Chain.ETHEREUM, tx)).singleElement()
                .satisfies(read -> assertThat(read.payload()).isEqualTo(payload(ADDRESS, KNOWN_LEI)));
    }

    @Test
    void save_shouldReplaceTheEntryForTheSameLog_andKeepOthersApart_whenCorrected() {
        ReceivedTravelRuleStore store = newStore();
        store.save("k1", "h1", data(tenant, null, UNKNOWN_LEI, AT));
        store.save("k2", "h2", data(tenant, null, KNOWN_LEI, AT.plusSeconds(5)));
        store.save("k3", "h3", data(tenant, 1L, KNOWN_LEI, AT.plusSeconds(6)));

        var entries = store.forTransaction(tenant, Chain.ETHEREUM, tx);

        assertThat(entries).hasSize(2);
        assertThat(entries).filteredOn(e -> e.logIndex() == null).singleElement()
                .satisfies(e -> assertThat(e.payload()).isEqualTo(payload(ADDRESS, KNOWN_LEI)));
    }

    @Test
    void save_shouldKeepKeysApart_whenTwoTenantsUseTheSameKey() {
        ReceivedTravelRuleStore store = newStore();
        TenantId other = TenantId.of("o-" + UUID.randomUUID().toString().substring(0, 8));

        store.save("same", "h1", data(tenant, null, KNOWN_LEI, AT));
        var second = store.save("same", "h2", data(other, null, UNKNOWN_LEI, AT));

        assertThat(second.replayed()).isFalse();
        assertThat(store.forTransaction(other, Chain.ETHEREUM, tx)).hasSize(1);
    }

    private ReceivedTravelRule data(TenantId owner, Long logIndex, String lei, Instant at) {
        return new ReceivedTravelRule(owner, Chain.ETHEREUM, tx, logIndex, ADDRESS, payload(ADDRESS, lei), at);
    }

    private static String randomTx() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return "0x" + HexFormat.of().formatHex(bytes);
    }
}
