package io.usdtcustody.custody.chain.ethereum.nonce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.chain.ethereum.Erc20Transfer.Eip1559;
import io.usdtcustody.custody.chain.ethereum.Erc20Transfer.Legacy;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class FeeBumperTest {
    private static final BigInteger GWEI = BigInteger.valueOf(1_000_000_000L);
    private final FeeBumper bumper = new FeeBumper(FeeBumper.MIN_BUMP_PERCENT, gwei(500));

    private static BigInteger gwei(long amount) {
        return GWEI.multiply(BigInteger.valueOf(amount));
    }

    @Test
    void bump_shouldRaiseBothFeesByTenPercent_whenTheBaseFeeIsLow() {
        var next = bumper.bump(new Eip1559(gwei(2), gwei(40)), gwei(5));

        assertThat(next).isEqualTo(new Eip1559(gwei(2).multiply(BigInteger.valueOf(11)).divide(BigInteger.TEN), gwei(44)));
        assertThat(FeeBumper.outbids(new Eip1559(gwei(2), gwei(40)), next)).isTrue();
    }

    @Test
    void bump_shouldRaiseTheMaxFeeToTwiceTheBaseFeePlusPriority_whenTheBaseFeeRose() {
        var next = (Eip1559) bumper.bump(new Eip1559(gwei(2), gwei(40)), gwei(100));

        assertThat(next.maxPriorityFeePerGas()).isEqualTo(BigInteger.valueOf(2_200_000_000L));
        assertThat(next.maxFeePerGas()).isEqualTo(gwei(200).add(BigInteger.valueOf(2_200_000_000L)));
    }

    @Test
    void bump_shouldRoundUpAndRaiseByAtLeastOneWei_whenFeesAreTiny() {
        var next = bumper.bump(new Eip1559(BigInteger.ZERO, BigInteger.valueOf(15)), BigInteger.ZERO);

        assertThat(next).isEqualTo(new Eip1559(BigInteger.ONE, BigInteger.valueOf(17)));
        assertThat(FeeBumper.outbids(new Eip1559(BigInteger.ZERO, BigInteger.valueOf(15)), next)).isTrue();
    }

    @Test
    void bump_shouldRaiseALegacyGasPrice_toAtLeastTwiceTheBaseFee() {
        assertThat(bumper.bump(new Legacy(gwei(30)), gwei(10))).isEqualTo(new Legacy(gwei(33)));
        assertThat(bumper.bump(new Legacy(gwei(30)), gwei(20))).isEqualTo(new Legacy(gwei(40)));
    }

    @Test
    void bump_shouldFailWithLimitExceeded_whenTheCapWouldBePassed() {
        assertThatThrownBy(() -> bumper.bump(new Eip1559(gwei(2), gwei(460)), gwei(1)))
                .isInstanceOf(PlatformException.class)
                .extracting(e -> ((PlatformException) e).errorCode()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
    }

    @Test
    void outbids_shouldBeFalse_whenEitherFeeRisesLessThanTenPercent() {
        var previous = new Eip1559(gwei(2), gwei(40));

        assertThat(FeeBumper.outbids(previous, new Eip1559(gwei(3), gwei(43)))).isFalse();
        assertThat(FeeBumper.outbids(previous, new Eip1559(BigInteger.valueOf(2_100_000_000L), gwei(60)))).isFalse();
        assertThat(FeeBumper.outbids(previous, new Eip1559(BigInteger.valueOf(2_200_000_000L), gwei(44)))).isTrue();
        assertThat(FeeBumper.outbids(new Legacy(gwei(10)), new Eip1559(gwei(11), gwei(11)))).isTrue();
    }

    @Test
    void constructor_shouldFail_whenTheBumpIsBelowWhatNodesAccept() {
        assertThatThrownBy(() -> new FeeBumper(5, gwei(500))).isInstanceOf(IllegalArgumentException.class);
    }
}
