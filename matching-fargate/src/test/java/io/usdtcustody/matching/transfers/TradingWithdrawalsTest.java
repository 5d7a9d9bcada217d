package io.usdtcustody.matching.transfers;

import static io.usdtcustody.matching.transfers.TransferFixtures.CLOCK;
import static io.usdtcustody.matching.transfers.TransferFixtures.CODEC;
import static io.usdtcustody.matching.transfers.TransferFixtures.TENANT;
import static io.usdtcustody.matching.transfers.TransferFixtures.available;
import static io.usdtcustody.matching.transfers.TransferFixtures.core;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.matching.api.AccountIds;
import io.usdtcustody.matching.core.MatchingCore;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import io.usdtcustody.matching.transfers.WithdrawalRecord.State;
import io.usdtcustody.matching.transfers.adapter.FileWithdrawalRecords;
import io.usdtcustody.matching.transfers.adapter.KinesisWithdrawalPublisher;
import io.usdtcustody.matching.transfers.port.WithdrawalPublisher;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.events.trading.TradingTransfer;
import io.usdtcustody.model.events.trading.TradingTransferEvents;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradingWithdrawalsTest {
    @TempDir
    Path data;

    private final List<WithdrawalRecord> published = new ArrayList<>();
    private int outages;
    private MatchingCore core;
    private FileWithdrawalRecords records;
    private TradingWithdrawals withdrawals;

    /** Stores what it is given, after refusing the first {@code outages} calls as Kinesis would when down. */
    private final WithdrawalPublisher publisher = withdrawal -> {
        if (outages > 0) {
            outages--;
            throw new IllegalStateException("stream unavailable");
        }
        published.add(withdrawal);
    };

    @BeforeEach
    void start() throws Exception {
        core = core(data.resolve("engine"));
        records = new FileWithdrawalRecords(data.resolve("withdrawals"), CODEC);
        withdrawals = new TradingWithdrawals(core, records, publisher, TradingAsset.find(core, TradingAsset.USDT),
                CLOCK);
        deposit("alice", 100_000_000L);
    }

    @AfterEach
    void stop() {
        core.close();
    }

    @Test
    void withdraw_shouldDebitAndPublishOnce_whenRetriedWithTheSameKey() throws Exception {
        TradingWithdrawals.Withdrawn first = withdrawals.withdraw(TENANT, "w1", "alice", "30.25");
        TradingWithdrawals.Withdrawn retry = withdrawals.withdraw(TENANT, "w1", "alice", "30.25");

        assertThat(first.replayed()).isFalse();
        assertThat(first.withdrawal().state()).isEqualTo(State.PUBLISHED);
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.withdrawal().transferId()).isEqualTo(first.withdrawal().transferId());
        assertThat(available(core, "alice")).isEqualTo(69_750_000L);
        assertThat(published).hasSize(1);
        TradingTransfer event = CODEC.unwrap(KinesisWithdrawalPublisher.event(published.get(0), CODEC,
                TradingAsset.find(core, TradingAsset.USDT)), TradingTransferEvents.TO_FUNDING);
        assertThat(event).isEqualTo(new TradingTransfer(first.withdrawal().transferId().toString(), "alice", "USDT",
                "ETHEREUM", "30.25"));
    }

    @Test
    void withdraw_shouldRefuseWith422AndKeepNothing_whenTheAvailableBalanceIsShort() throws Exception {
        assertThatThrownBy(() -> withdrawals.withdraw(TENANT, "w1", "alice", "100.000001"))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INSUFFICIENT_FUNDS));
        assertThatThrownBy(() -> withdrawals.withdraw(TENANT, "w2", "nobody", "1"))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INSUFFICIENT_FUNDS));

        assertThat(available(core, "alice")).isEqualTo(100_000_000L);
        assertThat(records.unpublished()).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void withdraw_shouldRefuseWith409_whenTheKeyIsReusedForAnotherAmount() throws Exception {
        withdrawals.withdraw(TENANT, "w1", "alice", "1");

        assertThatThrownBy(() -> withdrawals.withdraw(TENANT, "w1", "alice", "2"))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED));
        assertThat(available(core, "alice")).isEqualTo(99_000_000L);
    }

    @Test
    void withdraw_shouldRefuseWith400_whenTheInputIsBad() {
        for (String[] bad : new String[][] {{"w1", "alice", "-1"}, {"w1", "alice", "1.0000001"}, {"w1", "alice", "x"},
                {"bad key!", "alice", "1"}, {"w1", "bad account!", "1"}}) {
            assertThatThrownBy(() -> withdrawals.withdraw(TENANT, bad[0], bad[1], bad[2]))
                    .isInstanceOfSatisfying(PlatformException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        }
        assertThat(published).isEmpty();
    }

    @Test
    void finishUnpublished_shouldPublish_whenTheStreamWasDownDuringTheRequest() throws Exception {
        outages = 2;
        TradingWithdrawals.Withdrawn withdrawn = withdrawals.withdraw(TENANT, "w1", "alice", "5");
        assertThat(withdrawn.withdrawal().state()).isEqualTo(State.APPLIED);

        assertThat(withdrawals.finishUnpublished()).isZero(); // still down
        assertThat(withdrawals.finishUnpublished()).isEqualTo(1);
        assertThat(withdrawals.finishUnpublished()).isZero();

        assertThat(published).hasSize(1);
        assertThat(available(core, "alice")).isEqualTo(95_000_000L);
    }

    @Test
    void finishUnpublished_shouldDebitOnceAndPublish_whenACrashFollowedTheJournaledDebit() throws Exception {
        // the state a crash leaves: the record pending, the WITHDRAW journaled and applied, nothing published
        UUID id = UUID.randomUUID();
        records.save(new WithdrawalRecord(id, TENANT, "alice", 7_000_000L, CLOCK.instant(), State.PENDING));
        core.submit(new Command().transfer(CommandType.WITHDRAW, 0, AccountIds.of(TENANT, "alice"), 0, 7_000_000L,
                id.getMostSignificantBits(), id.getLeastSignificantBits())).get(10, TimeUnit.SECONDS);

        int finished = withdrawals.finishUnpublished();

        assertThat(finished).isEqualTo(1);
        assertThat(available(core, "alice")).isEqualTo(93_000_000L);
        assertThat(published).extracting(WithdrawalRecord::transferId).containsExactly(id);
    }

    @Test
    void finishUnpublished_shouldDebitAndPublish_whenACrashCameBeforeTheDebitWasJournaled() throws Exception {
        UUID id = UUID.randomUUID();
        records.save(new WithdrawalRecord(id, TENANT, "alice", 7_000_000L, CLOCK.instant(), State.PENDING));

        withdrawals.finishUnpublished();
        withdrawals.finishUnpublished();

        assertThat(available(core, "alice")).isEqualTo(93_000_000L);
        assertThat(published).extracting(WithdrawalRecord::transferId).containsExactly(id);
    }

    private void deposit(String account, long units) throws Exception {
        UUID id = UUID.randomUUID();
        core.submit(new Command().transfer(CommandType.DEPOSIT, 0, AccountIds.of(TENANT, account), 0, units,
                id.getMostSignificantBits(), id.getLeastSignificantBits())).get(10, TimeUnit.SECONDS);
    }
}
