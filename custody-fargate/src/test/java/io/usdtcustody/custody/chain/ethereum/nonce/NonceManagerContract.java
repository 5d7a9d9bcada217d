package io.usdtcustody.custody.chain.ethereum.nonce;

import static io.usdtcustody.custody.chain.ethereum.nonce.NonceState.BROADCAST;
import static io.usdtcustody.custody.chain.ethereum.nonce.NonceState.GAP;
import static io.usdtcustody.custody.chain.ethereum.nonce.NonceState.MINED;
import static io.usdtcustody.custody.chain.ethereum.nonce.NonceState.SIGNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.chain.ethereum.Erc20Transfer.Eip1559;
import io.usdtcustody.custody.chain.ethereum.Erc20Transfer.GasPrice;
import io.usdtcustody.custody.chain.ethereum.nonce.port.NonceManager;
import io.usdtcustody.custody.chain.ethereum.nonce.port.NonceManager.Release;
import io.usdtcustody.localcloud.testing.MutableClock;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link NonceManager} adapter must do; run against the in-memory and the DynamoDB adapter. */
public abstract class NonceManagerContract {
    protected static final long CHAIN = 1337;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final GasPrice FEES = new Eip1559(BigInteger.valueOf(1_000_000_000L), BigInteger.valueOf(30_000_000_000L));
    private static final GasPrice BUMPED = new Eip1559(BigInteger.valueOf(1_100_000_000L), BigInteger.valueOf(33_000_000_000L));

    protected final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    protected NonceManager nonces;
    /** A fresh address per test: adapters backed by one table must not see earlier tests' counters. */
    protected String address;

    protected abstract NonceManager newNonceManager();

    @BeforeEach
    void freshAddress() {
        nonces = newNonceManager();
        address = randomAddress();
    }

    protected static String randomAddress() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return "0x" + HexFormat.of().formatHex(bytes);
    }

    protected static NonceTransaction tx(GasPrice fees) {
        byte[] hash = new byte[32];
        RANDOM.nextBytes(hash);
        return new NonceTransaction("0x" + HexFormat.of().formatHex(hash), "0x02f8" + HexFormat.of().formatHex(hash), fees);
    }

    private long assign(UUID withdrawal) {
        return nonces.assign(CHAIN, address, withdrawal, 7);
    }

    /** Assigns, signs and broadcasts a fresh withdrawal; returns its nonce. */
    private long broadcastOne(NonceTransaction tx) {
        UUID withdrawal = UUID.randomUUID();
        long nonce = assign(withdrawal);
        nonces.recordSigned(CHAIN, address, nonce, withdrawal, tx);
        nonces.recordBroadcast(CHAIN, address, nonce, tx.txHash());
        return nonce;
    }

    private static void assertFails(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(PlatformException.class)
                .extracting(e -> ((PlatformException) e).errorCode()).isEqualTo(code);
    }

    @Test
    void assign_shouldReturnTheSameNonce_whenTheWithdrawalAsksAgain() {
        UUID withdrawal = UUID.randomUUID();
        long first = assign(withdrawal);
        assign(UUID.randomUUID());

        assertThat(nonces.assign(CHAIN, address.toUpperCase().replace("0X", "0x"), withdrawal, 99)).isEqualTo(first);
    }

    @Test
    void assign_shouldStartAtTheChainNonce_andNumberSequentially_whenTheAddressIsNew() {
        assertThat(nonces.assign(CHAIN, address, UUID.randomUUID(), 7)).isEqualTo(7);
        assertThat(nonces.assign(CHAIN, address, UUID.randomUUID(), 0)).isEqualTo(8);
        assertThat(nonces.assign(CHAIN, address, UUID.randomUUID(), 50)).isEqualTo(9);
        assertThat(nonces.assign(CHAIN + 1, address, UUID.randomUUID(), 3)).isEqualTo(3);
        assertThat(nonces.find(CHAIN, address, 8)).hasValueSatisfying(a -> {
            assertThat(a.state()).isEqualTo(NonceState.ASSIGNED);
            assertThat(a.assignedAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void release_shouldRollTheCounterBack_whenTheHighestNonceWasNeverSigned() {
        assign(UUID.randomUUID());
        UUID cancelled = UUID.randomUUID();
        long nonce = assign(cancelled);

        assertThat(nonces.release(CHAIN, address, cancelled)).isEqualTo(Release.ROLLED_BACK);

        assertThat(nonces.find(CHAIN, address, nonce)).isEmpty();
        assertThat(assign(UUID.randomUUID())).isEqualTo(nonce);
        assertThat(nonces.gapsToFill(CHAIN, address)).isEmpty();
        assertThat(nonces.release(CHAIN, address, cancelled)).isEqualTo(Release.ROLLED_BACK);
        assertFails(ErrorCode.CONFLICT, () -> assign(cancelled));
    }

    @Test
    void release_shouldLeaveAGapToFill_whenAMiddleNonceIsReleased() {
        UUID cancelled = UUID.randomUUID();
        long gap = assign(cancelled);
        long later = assign(UUID.randomUUID());

        assertThat(nonces.release(CHAIN, address, cancelled)).isEqualTo(Release.GAP);

        assertThat(nonces.gapsToFill(CHAIN, address)).singleElement()
                .satisfies(a -> assertThat(a.nonce()).isEqualTo(gap))
                .satisfies(a -> assertThat(a.state()).isEqualTo(GAP));
        assertThat(assign(UUID.randomUUID())).isEqualTo(later + 1);
        assertThat(nonces.release(CHAIN, address, cancelled)).isEqualTo(Release.GAP);
        assertFails(ErrorCode.CONFLICT, () -> assign(cancelled));
        assertThat(nonces.release(CHAIN, address, UUID.randomUUID())).isEqualTo(Release.NOT_ASSIGNED);
    }

    @Test
    void release_shouldLeaveAGap_whenTheHighestNonceWasAlreadySigned() {
        UUID failed = UUID.randomUUID();
        long nonce = assign(failed);
        nonces.recordSigned(CHAIN, address, nonce, failed, tx(FEES));

        assertThat(nonces.release(CHAIN, address, failed)).isEqualTo(Release.GAP);

        assertThat(assign(UUID.randomUUID())).isEqualTo(nonce + 1);
        assertThat(nonces.gapsToFill(CHAIN, address)).extracting(NonceAssignment::nonce).containsExactly(nonce);
    }

    @Test
    void release_shouldFail_whenTheTransactionWasBroadcast() {
        UUID withdrawal = UUID.randomUUID();
        long nonce = assign(withdrawal);
        NonceTransaction tx = tx(FEES);
        nonces.recordSigned(CHAIN, address, nonce, withdrawal, tx);
        nonces.recordBroadcast(CHAIN, address, nonce, tx.txHash());

        assertFails(ErrorCode.CONFLICT, () -> nonces.release(CHAIN, address, withdrawal));
        assertThat(nonces.find(CHAIN, address, nonce).orElseThrow().state()).isEqualTo(BROADCAST);
    }

    @Test
    void recordFiller_shouldCloseTheGap_andRequireOutbidding_whenTheReleasedTransactionWasSigned() {
        UUID failed = UUID.randomUUID();
        long nonce = assign(failed);
        NonceTransaction original = tx(FEES);
        nonces.recordSigned(CHAIN, address, nonce, failed, original);
        assign(UUID.randomUUID());
        nonces.release(CHAIN, address, failed);

        assertFails(ErrorCode.VALIDATION_FAILED, () -> nonces.recordFiller(CHAIN, address, nonce, tx(FEES)));
        assertFails(ErrorCode.CONFLICT, () -> nonces.recordSigned(CHAIN, address, nonce, failed, tx(BUMPED)));
        NonceTransaction filler = tx(BUMPED);
        NonceAssignment filled = nonces.recordFiller(CHAIN, address, nonce, filler);

        assertThat(filled.state()).isEqualTo(SIGNED);
        assertThat(filled.released()).isTrue();
        assertThat(filled.txHashes()).containsExactly(original.txHash(), filler.txHash());
        assertThat(nonces.gapsToFill(CHAIN, address)).isEmpty();
        assertThat(nonces.recordMined(CHAIN, address, nonce, original.txHash()).minedTxHash())
                .as("the released transaction may still win").isEqualTo(original.txHash());
    }

    @Test
    void recordSigned_shouldBeIdempotent_andRefuseAnotherTransaction_whenAlreadySigned() {
        UUID withdrawal = UUID.randomUUID();
        long nonce = assign(withdrawal);
        NonceTransaction tx = tx(FEES);

        NonceAssignment signed = nonces.recordSigned(CHAIN, address, nonce, withdrawal, tx);

        assertThat(signed.state()).isEqualTo(SIGNED);
        assertThat(signed.rawTx()).isEqualTo(tx.rawTx());
        assertThat(signed.signedAt()).isEqualTo(clock.instant());
        assertThat(nonces.recordSigned(CHAIN, address, nonce, withdrawal, tx)).isEqualTo(signed);
        assertFails(ErrorCode.CONFLICT, () -> nonces.recordSigned(CHAIN, address, nonce, withdrawal, tx(FEES)));
    }

    @Test
    void recordSigned_shouldFail_whenAnotherWithdrawalHoldsTheNonce() {
        long nonce = assign(UUID.randomUUID());

        assertFails(ErrorCode.CONFLICT, () -> nonces.recordSigned(CHAIN, address, nonce, UUID.randomUUID(), tx(FEES)));
        assertFails(ErrorCode.NOT_FOUND, () -> nonces.recordSigned(CHAIN, address, nonce + 5, UUID.randomUUID(), tx(FEES)));
    }

    @Test
    void recordBroadcast_shouldNotGoBack_whenTheNonceIsAlreadyMined() {
        NonceTransaction tx = tx(FEES);
        long nonce = broadcastOne(tx);
        NonceAssignment mined = nonces.recordMined(CHAIN, address, nonce, tx.txHash());

        assertThat(nonces.recordBroadcast(CHAIN, address, nonce, tx.txHash())).isEqualTo(mined);
        assertThat(nonces.recordReplacement(CHAIN, address, nonce, tx.txHash(), tx(BUMPED))).isEqualTo(mined);
        assertThat(nonces.find(CHAIN, address, nonce).orElseThrow().state()).isEqualTo(MINED);
        assertFails(ErrorCode.CONFLICT, () -> nonces.recordMined(CHAIN, address, nonce, tx(FEES).txHash()));
    }

    @Test
    void recordBroadcast_shouldFail_whenNothingWasSigned() {
        UUID withdrawal = UUID.randomUUID();
        long nonce = assign(withdrawal);

        assertFails(ErrorCode.CONFLICT, () -> nonces.recordBroadcast(CHAIN, address, nonce, tx(FEES).txHash()));
        assertFails(ErrorCode.CONFLICT, () -> nonces.recordMined(CHAIN, address, nonce, tx(FEES).txHash()));
    }

    @Test
    void stuck_shouldListBroadcastNonces_olderThanTheTimeout_oldestFirst() {
        long first = broadcastOne(tx(FEES));
        clock.advance(Duration.ofMinutes(2));
        long second = broadcastOne(tx(FEES));
        NonceTransaction minedTx = tx(FEES);
        long mined = broadcastOne(minedTx);
        nonces.recordMined(CHAIN, address, mined, minedTx.txHash());
        clock.advance(Duration.ofMinutes(2));
        broadcastOne(tx(FEES));
        clock.advance(Duration.ofMinutes(1));

        assertThat(nonces.stuck(CHAIN, address, clock.instant().minus(Duration.ofMinutes(2))))
                .extracting(NonceAssignment::nonce).containsExactly(first, second);
        assertThat(nonces.stuck(CHAIN, address, clock.instant().minus(Duration.ofMinutes(4))))
                .extracting(NonceAssignment::nonce).containsExactly(first);
        assertThat(nonces.stuck(CHAIN, randomAddress(), clock.instant())).isEmpty();
    }

    @Test
    void recordReplacement_shouldKeepTheNonceAndEveryHash_andRestartTheAge() {
        NonceTransaction original = tx(FEES);
        long nonce = broadcastOne(original);
        clock.advance(Duration.ofMinutes(5));
        NonceTransaction replacement = tx(BUMPED);

        NonceAssignment replaced = nonces.recordReplacement(CHAIN, address, nonce, original.txHash(), replacement);

        assertThat(replaced.nonce()).isEqualTo(nonce);
        assertThat(replaced.state()).isEqualTo(BROADCAST);
        assertThat(replaced.txHashes()).containsExactly(original.txHash(), replacement.txHash());
        assertThat(replaced.latestTxHash()).isEqualTo(replacement.txHash());
        assertThat(replaced.fees()).isEqualTo(BUMPED);
        assertThat(replaced.rawTx()).isEqualTo(replacement.rawTx());
        assertThat(nonces.stuck(CHAIN, address, clock.instant().minusSeconds(60))).isEmpty();
        assertThat(nonces.recordMined(CHAIN, address, nonce, original.txHash()).minedTxHash())
                .isEqualTo(original.txHash());
    }

    @Test
    void recordReplacement_shouldFail_whenTheBumpIsTooSmall_orAnotherReplacementCameFirst() {
        NonceTransaction original = tx(FEES);
        long nonce = broadcastOne(original);
        GasPrice fivePercent = new Eip1559(BigInteger.valueOf(1_050_000_000L), BigInteger.valueOf(31_500_000_000L));

        assertFails(ErrorCode.VALIDATION_FAILED,
                () -> nonces.recordReplacement(CHAIN, address, nonce, original.txHash(), tx(fivePercent)));
        nonces.recordReplacement(CHAIN, address, nonce, original.txHash(), tx(BUMPED));
        assertFails(ErrorCode.CONFLICT, () -> nonces.recordReplacement(CHAIN, address, nonce, original.txHash(),
                tx(new Eip1559(BigInteger.valueOf(2_000_000_000L), BigInteger.valueOf(60_000_000_000L)))));
    }
}
