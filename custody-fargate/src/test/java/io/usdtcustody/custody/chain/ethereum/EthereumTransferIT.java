package io.usdtcustody.custody.chain.ethereum;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.component.EvmNode;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Keys;

/** ERC-20 transfers built, signed through the digest-signer seam and broadcast to the local chain. */
@LocalCloudTest(Service.EVM)
class EthereumTransferIT {

    @Test
    void eip1559AndLegacyTransfers_shouldMoveTokensOnChain(EvmNode evm) throws Exception {
        TestKeySigner sender = TestKeySigner.random();
        String recipient = "0x" + Keys.getAddress(Keys.createEcKeyPair());
        evm.fundEther(sender.address(), BigInteger.TEN.pow(18)); // 1 ETH for gas
        evm.mint(sender.address(), BigInteger.valueOf(100_000_000));
        BigInteger baseFee = Numerics.quantity(evm.rpc().call("eth_getBlockByNumber", "latest", false).get("baseFeePerGas").asText());

        var eip1559 = new Erc20Transfer(EvmNode.CHAIN_ID, BigInteger.ZERO, evm.tokenAddress(), recipient,
                BigInteger.valueOf(25_000_000), BigInteger.valueOf(100_000),
                new Erc20Transfer.Eip1559(BigInteger.valueOf(1_000_000_000L), baseFee.multiply(BigInteger.TWO).add(BigInteger.valueOf(1_000_000_000L))));
        assertMined(evm, EthereumSigner.sign(eip1559.raw(), EvmNode.CHAIN_ID, sender));

        var legacy = new Erc20Transfer(EvmNode.CHAIN_ID, BigInteger.ONE, evm.tokenAddress(), recipient,
                BigInteger.valueOf(5_000_000), BigInteger.valueOf(100_000),
                new Erc20Transfer.Legacy(baseFee.multiply(BigInteger.TWO)));
        assertMined(evm, EthereumSigner.sign(legacy.raw(), EvmNode.CHAIN_ID, sender));

        assertThat(balanceOf(evm, recipient)).isEqualTo(BigInteger.valueOf(30_000_000));
        assertThat(balanceOf(evm, sender.address())).isEqualTo(BigInteger.valueOf(70_000_000));
    }

    private static void assertMined(EvmNode evm, EthereumSigner.SignedTransaction tx) {
        String hash = evm.rpc().call("eth_sendRawTransaction", tx.rawHex()).asText();
        assertThat(hash).isEqualTo(tx.txHash());
        var receipt = evm.awaitReceipt(hash);
        assertThat(receipt.get("status").asText()).isEqualTo("0x1");
    }

    private static BigInteger balanceOf(EvmNode evm, String holder) {
        String data = "0x70a08231" + "0".repeat(24) + holder.substring(2).toLowerCase();
        return Numerics.quantity(evm.rpc().call("eth_call", Map.of("to", evm.tokenAddress(), "data", data), "latest").asText());
    }

    /** Hex quantities from JSON-RPC. */
    static final class Numerics {
        static BigInteger quantity(String hex) {
            return new BigInteger(hex.substring(2), 16);
        }
    }
}
