package io.usdtcustody.custody.deposit.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.deposit.TokenTransfer;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.core.methods.response.Log;

class Web3jTokenTransferSourceTest {
    private static final String TOKEN = "0xdac17f958d2ee523a2206206994597c13d831ec7";
    private static final String FROM = "0x" + "0".repeat(24) + "fb6916095ca1df60bb79ce92ce3ea74c37c5d359";
    private static final String TO = "0x" + "0".repeat(24) + "5aaeb6053f3e94c9b9a09f33669435e7ef1beaed";
    private static final String VALUE_25_USDT = "0x" + String.format("%064x", 25_000_000L);

    @Test
    void transferTopic_shouldBeTheKeccakOfTheErc20TransferSignature_whenComputedByWeb3j() {
        assertThat(Web3jTokenTransferSource.TRANSFER_TOPIC)
                .isEqualTo("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
    }

    @Test
    void decode_shouldReadAddressesAndValue_whenTheLogIsAStandardTransfer() {
        String upperCaseToken = TOKEN.toUpperCase().replace("0X", "0x");
        Optional<TokenTransfer> transfer = Web3jTokenTransferSource.decode(TOKEN,
                log(false, upperCaseToken, List.of(Web3jTokenTransferSource.TRANSFER_TOPIC, FROM, TO)));

        assertThat(transfer).hasValueSatisfying(t -> {
            assertThat(t.from()).isEqualTo("0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359");
            assertThat(t.to()).isEqualTo("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
            assertThat(t.value()).isEqualTo(BigInteger.valueOf(25_000_000));
            assertThat(t.logIndex()).isEqualTo(2);
            assertThat(t.blockNumber()).isEqualTo(16);
        });
    }

    @Test
    void decode_shouldSkip_whenTheLogIsRemovedForeignOrNotAThreeTopicTransfer() {
        String topic = Web3jTokenTransferSource.TRANSFER_TOPIC;
        assertThat(Web3jTokenTransferSource.decode(TOKEN, log(true, TOKEN, List.of(topic, FROM, TO)))).isEmpty();
        assertThat(Web3jTokenTransferSource.decode(TOKEN, log(false, "0x" + "1".repeat(40), List.of(topic, FROM, TO))))
                .isEmpty();
        assertThat(Web3jTokenTransferSource.decode(TOKEN, log(false, TOKEN, List.of(topic, FROM)))).isEmpty();
        assertThat(Web3jTokenTransferSource.decode(TOKEN, log(false, TOKEN, List.of("0x" + "2".repeat(64), FROM, TO))))
                .isEmpty();
    }

    private static Log log(boolean removed, String address, List<String> topics) {
        return new Log(removed, "0x2", "0x0", "0x" + "a".repeat(64), "0x" + "b".repeat(64), "0x10", address,
                VALUE_25_USDT, null, topics);
    }
}
