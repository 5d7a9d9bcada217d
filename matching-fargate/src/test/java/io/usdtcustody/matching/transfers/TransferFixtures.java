package io.usdtcustody.matching.transfers;

import io.usdtcustody.matching.api.AccountIds;
import io.usdtcustody.matching.core.CoreConfig;
import io.usdtcustody.matching.core.MatchingCore;
import io.usdtcustody.matching.core.OutcomeListener;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.journal.Durability;
import io.usdtcustody.matching.transfers.port.ShardStream;
import io.usdtcustody.model.events.trading.TradingTransfer;
import io.usdtcustody.model.events.trading.TradingTransferEvents;
import io.usdtcustody.model.json.JsonCodec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** A real journaled core on a temporary folder, with USDT defined, and an in-memory stream of records. */
final class TransferFixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    static final JsonCodec CODEC = new JsonCodec();
    static final String TENANT = "acme";

    private TransferFixtures() {
    }

    /** Starts (or recovers) the core in {@code data}, defining USDT (scale 6) the first time. */
    static MatchingCore core(Path data) throws Exception {
        MatchingCore core = MatchingCore.start(CoreConfig.defaults(data).withDurability(Durability.OS_PAGE_CACHE),
                CLOCK, OutcomeListener.NONE);
        boolean defined = core.read(e -> e.assetIdBound() > 0 && e.asset(0) != null).get(10, TimeUnit.SECONDS);
        if (!defined) {
            core.submit(new Command().addAsset(0, 0, "USDT", 6)).get(10, TimeUnit.SECONDS);
        }
        return core;
    }

    static long available(MatchingCore core, String account) throws Exception {
        long id = AccountIds.of(TENANT, account);
        return core.read(e -> e.available(id, 0)).get(10, TimeUnit.SECONDS);
    }

    static byte[] toTrading(UUID transferId, String account, String amount) {
        return CODEC.encode(CODEC.wrap(TradingTransferEvents.TO_TRADING, UUID.randomUUID(), CLOCK.instant(), TENANT,
                new TradingTransfer(transferId.toString(), account, "USDT", "ETHEREUM", amount)));
    }

    /** Shards of records in memory; sequence numbers are positions in the shard's list, as decimal text. */
    static final class ListStream implements ShardStream {
        private final Map<String, List<byte[]>> shards = new LinkedHashMap<>();

        void append(String shardId, byte[] data) {
            shards.computeIfAbsent(shardId, s -> new ArrayList<>()).add(data);
        }

        @Override
        public List<String> shards() {
            return List.copyOf(shards.keySet());
        }

        @Override
        public List<StreamRecord> read(String shardId, Optional<String> after, int limit) {
            List<byte[]> records = shards.getOrDefault(shardId, List.of());
            int from = after.map(s -> Integer.parseInt(s) + 1).orElse(0);
            List<StreamRecord> batch = new ArrayList<>();
            for (int i = from; i < records.size() && batch.size() < limit; i++) {
                batch.add(new StreamRecord(Integer.toString(i), records.get(i)));
            }
            return batch;
        }
    }
}
