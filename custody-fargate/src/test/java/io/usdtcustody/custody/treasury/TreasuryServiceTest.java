package io.usdtcustody.custody.treasury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.approval.Approver;
import io.usdtcustody.custody.approval.ApproverKeys;
import io.usdtcustody.custody.approval.adapter.InMemoryApprovalStore;
import io.usdtcustody.custody.approval.adapter.InMemoryApproverRegistry;
import io.usdtcustody.custody.audit.adapter.InMemoryAuditLog;
import io.usdtcustody.custody.treasury.TreasuryMove.Direction;
import io.usdtcustody.custody.treasury.TreasuryMove.State;
import io.usdtcustody.custody.treasury.adapter.InMemoryTreasuryMoves;
import io.usdtcustody.localcloud.testing.MutableClock;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TreasuryServiceTest {
    private static final Asset USDT = Asset.USDT_ETHEREUM;
    private static final String HOT = "0x" + "a".repeat(40);
    private static final String COLD = "0x" + "c".repeat(40);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final InMemoryTreasuryMoves moves = new InMemoryTreasuryMoves();
    private final InMemoryApproverRegistry approvers = new InMemoryApproverRegistry();
    private final InMemoryAuditLog audit = new InMemoryAuditLog(clock);
    private final ApproverKeys bob = ApproverKeys.generate();
    private final ApproverKeys carol = ApproverKeys.generate();
    private final ApproverKeys alice = ApproverKeys.generate();
    private TreasuryService treasury;

    @BeforeEach
    void operators() {
        treasury = new TreasuryService(new TreasuryService.Settings(USDT, HOT, COLD, usdt("1000").minorUnits(),
                usdt("400").minorUnits(), 2, Duration.ofHours(24)), moves, new InMemoryApprovalStore(), approvers,
                audit, UUID::randomUUID, clock);
        for (var entry : new Object[][] {{"alice", alice}, {"bob", bob}, {"carol", carol}}) {
            approvers.register(new Approver(TreasuryService.OPERATORS, (String) entry[0],
                    ((ApproverKeys) entry[1]).publicKey(), clock.instant()));
        }
    }

    @Test
    void sweepExcess_shouldSweepDownToTheTarget_whenTheHotWalletIsAboveItsMaximum() {
        TreasuryMove sweep = treasury.sweepExcess(usdt("1500")).orElseThrow();

        assertThat(sweep.direction()).isEqualTo(Direction.HOT_TO_COLD);
        assertThat(sweep.amount()).isEqualTo(usdt("1100"));
        assertThat(sweep.from()).isEqualTo(HOT);
        assertThat(sweep.to()).isEqualTo(COLD);
        assertThat(sweep.state()).as("our own cold wallet needs no approval").isEqualTo(State.APPROVED);
        assertThat(sweep.releaseAt()).isEqualTo(clock.instant());
    }

    @Test
    void sweepExcess_shouldDoNothing_whenAtTheMaximumOrASweepIsUnderWay() {
        assertThat(treasury.sweepExcess(usdt("1000"))).isEmpty();
        treasury.sweepExcess(usdt("1200")).orElseThrow();

        assertThat(treasury.sweepExcess(usdt("1300"))).as("one sweep at a time").isEmpty();
    }

    @Test
    void replenishment_shouldWaitForTwoDistinctApprovers_thenTheDelay() {
        TreasuryMove move = treasury.requestReplenishment("key-1", "alice", usdt("300"));
        assertThat(move.state()).isEqualTo(State.PENDING_APPROVAL);

        TreasuryMove afterBob = treasury.approve(move.id(), "bob", bob.sign(TreasuryMessage.bytes(move)));
        assertThat(afterBob.state()).isEqualTo(State.PENDING_APPROVAL);
        assertThatThrownBy(() -> treasury.approve(move.id(), "bob", bob.sign(TreasuryMessage.bytes(move))))
                .isInstanceOf(PlatformException.class).extracting("errorCode").isEqualTo(ErrorCode.CONFLICT);
        TreasuryMove approved = treasury.approve(move.id(), "carol", carol.sign(TreasuryMessage.bytes(move)));

        assertThat(approved.state()).isEqualTo(State.APPROVED);
        assertThat(approved.releaseAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        assertThat(treasury.approvals(move.id())).extracting("approverId").containsExactlyInAnyOrder("bob", "carol");
    }

    @Test
    void approve_shouldRefuseTheInitiator_andAuditTheRefusal() {
        TreasuryMove move = treasury.requestReplenishment("key-1", "alice", usdt("300"));

        assertThatThrownBy(() -> treasury.approve(move.id(), "alice", alice.sign(TreasuryMessage.bytes(move))))
                .isInstanceOf(PlatformException.class).extracting("errorCode").isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(audit.entries()).extracting(e -> e.record().type())
                .containsExactly("treasury.replenishment.requested", "treasury.approval.refused");
        assertThat(treasury.find(move.id()).state()).isEqualTo(State.PENDING_APPROVAL);
    }

    @Test
    void approve_shouldRefuseASignatureOverAnotherMove() {
        TreasuryMove first = treasury.requestReplenishment("key-1", "alice", usdt("300"));
        TreasuryMove second = treasury.requestReplenishment("key-2", "alice", usdt("300"));

        assertThatThrownBy(() -> treasury.approve(second.id(), "bob", bob.sign(TreasuryMessage.bytes(first))))
                .isInstanceOf(PlatformException.class).extracting("errorCode").isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(treasury.approvals(second.id())).isEmpty();
    }

    @Test
    void requestReplenishment_shouldReturnTheSameMove_forTheSameKey_andRefuseAnotherPayload() {
        TreasuryMove first = treasury.requestReplenishment("key-1", "alice", usdt("300"));

        assertThat(treasury.requestReplenishment("key-1", "alice", usdt("300"))).isEqualTo(first);
        assertThatThrownBy(() -> treasury.requestReplenishment("key-1", "alice", usdt("301")))
                .isInstanceOf(PlatformException.class).extracting("errorCode")
                .isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void requestReplenishment_shouldRefuseBadInput_andStoreNothing() {
        assertThatThrownBy(() -> treasury.requestReplenishment("key-1", "bad initiator!", usdt("0")))
                .isInstanceOf(PlatformException.class).extracting("errorCode").isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(treasury.open(Direction.COLD_TO_HOT)).isEmpty();
    }

    @Test
    void cancel_shouldStopAnApprovedMoveDuringTheDelay_butNotASignedOne() {
        TreasuryMove move = treasury.requestReplenishment("key-1", "alice", usdt("300"));
        treasury.approve(move.id(), "bob", bob.sign(TreasuryMessage.bytes(move)));
        treasury.approve(move.id(), "carol", carol.sign(TreasuryMessage.bytes(move)));

        assertThat(treasury.cancel(move.id(), "dave").state()).isEqualTo(State.CANCELLED);

        TreasuryMove sweep = treasury.sweepExcess(usdt("2000")).orElseThrow();
        treasury.change(sweep.id(), m -> m.moveTo(State.SIGNED, null, "0x" + "1".repeat(64), null));
        assertThatThrownBy(() -> treasury.cancel(sweep.id(), "dave"))
                .isInstanceOf(PlatformException.class).extracting("errorCode").isEqualTo(ErrorCode.CONFLICT);
    }

    private static Amount usdt(String text) {
        return Amount.parse(text, USDT);
    }
}
