package io.usdtcustody.custody.chain.ethereum;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.SignedRawTransaction;
import org.web3j.crypto.TransactionDecoder;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

class EthereumSignerTest {
    private static final String TOKEN = "0xdAC17F958D2ee523a2206206994597C13D831ec7";
    private static final String RECIPIENT = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";

    private static Erc20Transfer transfer(Erc20Transfer.GasPrice gas) {
        return new Erc20Transfer(1, BigInteger.valueOf(7), TOKEN, RECIPIENT, BigInteger.valueOf(25_000_000),
                BigInteger.valueOf(100_000), gas);
    }

    @Test
    void callData_shouldBeTheErc20TransferSelectorRecipientAndAmount() {
        String data = transfer(new Erc20Transfer.Legacy(BigInteger.ONE)).callData();

        assertThat(data).isEqualTo("0xa9059cbb"
                + "0000000000000000000000005aaeb6053f3e94c9b9a09f33669435e7ef1beaed"
                + "00000000000000000000000000000000000000000000000000000000017d7840");
    }

    @Test
    void sign_shouldMatchWeb3jsOwnSigning_byteForByte_forEip1559() {
        TestKeySigner key = TestKeySigner.random();
        var raw = transfer(new Erc20Transfer.Eip1559(BigInteger.valueOf(2_000_000_000L), BigInteger.valueOf(50_000_000_000L))).raw();

        var ours = EthereumSigner.sign(raw, 1, key);
        byte[] theirs = TransactionEncoder.signMessage(raw, 1, Credentials.create(key.key));

        assertThat(ours.rawHex()).isEqualTo(Numeric.toHexString(theirs));
        assertThat(ours.rawHex()).startsWith("0x02");
        assertThat(ours.txHash()).isEqualTo(Numeric.toHexString(Hash.sha3(theirs)));
    }

    @Test
    void sign_shouldMatchWeb3jsOwnSigning_andCarryEip155ReplayProtection_forLegacy() throws Exception {
        TestKeySigner key = TestKeySigner.random();
        var raw = transfer(new Erc20Transfer.Legacy(BigInteger.valueOf(20_000_000_000L))).raw();

        var ours = EthereumSigner.sign(raw, 1, key);
        byte[] theirs = TransactionEncoder.signMessage(raw, 1, Credentials.create(key.key));

        assertThat(ours.rawHex()).isEqualTo(Numeric.toHexString(theirs));
        SignedRawTransaction decoded = (SignedRawTransaction) TransactionDecoder.decode(ours.rawHex());
        assertThat(decoded.getChainId()).isEqualTo(1L);
        assertThat(decoded.getFrom()).isEqualToIgnoringCase(key.address());
    }

    @Test
    void sign_shouldRecoverToTheSigner_onAnotherChain() throws Exception {
        TestKeySigner key = TestKeySigner.random();
        var raw = new Erc20Transfer(1337, BigInteger.ZERO, TOKEN, RECIPIENT, BigInteger.TEN, BigInteger.valueOf(90_000),
                new Erc20Transfer.Eip1559(BigInteger.ONE, BigInteger.TEN)).raw();

        SignedRawTransaction decoded = (SignedRawTransaction) TransactionDecoder.decode(EthereumSigner.sign(raw, 1337, key).rawHex());

        assertThat(decoded.getFrom()).isEqualToIgnoringCase(key.address());
        assertThat(((org.web3j.crypto.transaction.type.Transaction1559) decoded.getTransaction()).getChainId()).isEqualTo(1337L);
    }
}
