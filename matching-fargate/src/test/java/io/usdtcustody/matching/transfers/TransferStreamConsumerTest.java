package io.usdtcustody.matching.transfers;

import static io.usdtcustody.matching.transfers.TransferFixtures.CODEC;
import static io.usdtcustody.matching.transfers.TransferFixtures.available;
import static io.usdtcustody.matching.transfers.TransferFixtures.core;
import static io.usdtcustody.matching.transfers.TransferFixtures.toTrading;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.matching.api.AccountDirectory;
import io.usdtcustody.matching.api.AccountIds;
import io.usdtcustody.matching.core.MatchingCore;
import io.usdtcustody.matching.journal.Durability;
import io.usdtcustody.matching.transfers.TransferFixtures.ListStream;
import io.usdtcustody.matching.transfers.adapter.FileShardPositions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferStreamConsumerTest {
    @TempDir
    Path data;

    private final ListStream stream = new ListStream();

    private TransferStreamConsumer consumer(MatchingCore core, Path positions, int batch) {
        return new TransferStreamConsumer(core, stream, new FileShardPositions(positions), CODEC,
                TradingAsset.find(core, TradingAsset.USDT), batch, AccountIds::of);
    }

    @Test
    void pollOnce_shouldCreditEachTransferOnce_whenTheStreamRepeatsRecords() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        stream.append("shard-0", toTrading(first, "alice", "40.5"));
        stream.append("shard-0", toTrading(second, "alice", "9.5"));
        stream.append("shard-0", toTrading(first, "alice", "40.5")); // the relay published it twice
        stream.append("shard-1", toTrading(first, "alice", "40.5")); // and even on another shard

        try (MatchingCore core = core(data.resolve("engine"))) {
            TransferStreamConsumer consumer = consumer(core, data.resolve("positions"), 10);
            int finished = consumer.pollOnce();

            assertThat(finished).isEqualTo(4);
            assertThat(available(core, "alice")).isEqualTo(50_000_000L);
            assertThat(consumer.credited()).isEqualTo(2);
            assertThat(consumer.repeats()).isEqualTo(2);
        }
    }

    @Test
    void pollOnce_shouldCreditNothingTwice_whenARestartedConsumerLostItsPosition() throws Exception {
        for (int i = 0; i < 25; i++) {
            stream.append("shard-0", toTrading(UUID.randomUUID(), "bob", "1.000001"));
        }
        try (MatchingCore core = core(data.resolve("engine"))) {
            TransferStreamConsumer first = consumer(core, data.resolve("positions"), 7);
            while (first.pollOnce() > 0) {
                // credit all 25
            }
            assertThat(first.credited()).isEqualTo(25);
        }
        Files.delete(data.resolve("positions")); // the worst case: the position is gone, the journal is not

        try (MatchingCore restarted = core(data.resolve("engine"))) {
            TransferStreamConsumer consumer = consumer(restarted, data.resolve("positions"), 7);
            while (consumer.pollOnce() > 0) {
                // read the whole shard again
            }

            assertThat(available(restarted, "bob")).isEqualTo(25 * 1_000_001L);
            assertThat(consumer.credited()).isZero();
            assertThat(consumer.repeats()).isEqualTo(25);
        }
    }

    @Test
    void pollOnce_shouldResumeAfterTheSavedPosition_whenRestarted() throws Exception {
        stream.append("shard-0", toTrading(UUID.randomUUID(), "carol", "2"));
        try (MatchingCore core = core(data.resolve("engine"))) {
            consumer(core, data.resolve("positions"), 10).pollOnce();
        }
        stream.append("shard-0", toTrading(UUID.randomUUID(), "carol", "3"));

        try (MatchingCore restarted = core(data.resolve("engine"))) {
            TransferStreamConsumer consumer = consumer(restarted, data.resolve("positions"), 10);
            int finished = consumer.pollOnce();

            assertThat(finished).as("only the record after the saved position").isEqualTo(1);
            assertThat(consumer.credited()).isEqualTo(1);
            assertThat(consumer.repeats()).isZero();
            assertThat(available(restarted, "carol")).isEqualTo(5_000_000L);
        }
    }

    @Test
    void pollOnce_shouldSkipAndCountRecords_whenTheyCannotBeApplied() throws Exception {
        stream.append("shard-0", "not json".getBytes(StandardCharsets.UTF_8));
        stream.append("shard-0", toTrading(UUID.randomUUID(), "dave", "0.0000001")); // finer than USDT's scale
        stream.append("shard-0", toTrading(UUID.randomUUID(), "dave", "1"));

        try (MatchingCore core = core(data.resolve("engine"))) {
            TransferStreamConsumer consumer = consumer(core, data.resolve("positions"), 10);
            int finished = consumer.pollOnce();

            assertThat(finished).isEqualTo(3);
            assertThat(consumer.refused()).isEqualTo(2);
            assertThat(available(core, "dave")).isEqualTo(1_000_000L);
            assertThat(consumer.pollOnce()).as("the position moved past them").isZero();
        }
    }

    @Test
    void pollOnce_shouldRegisterEachCreditedAccountsTenant_soItsEventsAreAttributed() throws Exception {
        stream.append("shard-0", toTrading(UUID.randomUUID(), "erin", "5"));

        try (MatchingCore core = core(data.resolve("engine"));
             AccountDirectory directory = new AccountDirectory(data.resolve("directory").toString(), Durability.OS_PAGE_CACHE)) {
            TransferStreamConsumer consumer = new TransferStreamConsumer(core, stream,
                    new FileShardPositions(data.resolve("positions")), CODEC, TradingAsset.find(core, TradingAsset.USDT), 10,
                    directory::register);
            consumer.pollOnce();

            assertThat(directory.tenantOf(AccountIds.of(TransferFixtures.TENANT, "erin"))).isEqualTo(TransferFixtures.TENANT);
        }
    }
}
