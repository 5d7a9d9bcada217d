package io.usdtcustody.custody.chain.ethereum.nonce;

import io.usdtcustody.custody.chain.ethereum.TestKeySigner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.custody.chain.ethereum.Erc20Transfer;
import io.usdtcustody.custody.chain.ethereum.Erc20Transfer.Eip1559;
import io.usdtcustody.custody.chain.ethereum.EthereumSigner;
import io.usdtcustody.custody.chain.ethereum.nonce.adapter.DynamoDbNonceManager;
import io.usdtcustody.custody.chain.ethereum.nonce.port.NonceManager;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.component.EvmNode;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.localcloud.testing.MutableClock;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Nonces from the DynamoDB manager, transactions signed through the digest-signer seam, on the local chain
 * (ganache 7, which mines each transaction at once, queues future nonces, and pauses with {@code miner_stop}).
 */
@LocalCloudTest({Service.DYNAMODB, Service.EVM})
class NonceOnChainIT {
    private static final long CHAIN = EvmNode.CHAIN_ID;
    private static final BigInteger GWEI = BigInteger.valueOf(1_000_000_000L);

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    private NonceManager nonces;
    private TestKeySigner sender;
    private String recipient;

    @BeforeEach
    void fundAFreshKey(DynamoDbClient dynamoDb, ResourceNaming naming, EvmNode evm) throws Exception {
        nonces = new DynamoDbNonceManager(dynamoDb, naming.table(ResourceCatalogue.WALLETS), clock);
        sender = TestKeySigner.random();
        recipient = "0x" + Keys.getAddress(Keys.createEcKeyPair());
        evm.fundEther(sender.address(), BigInteger.TEN.pow(18)); // 1 ETH for gas
        evm.mint(sender.address(), BigInteger.valueOf(100_000_000));
    }

    @Test
    void outOfOrderBroadcast_shouldMineAllFive_whenNoncesComeFromTheManager(EvmNode evm) throws Exception {
        long chainNonce = quantity(evm.rpc().call("eth_getTransactionCount", sender.address(), "pending")).longValueExact();
        Eip1559 fees = currentFees(evm);
        // ganache reads a raw nonce 0 (RLP: empty) as "no nonce" and renumbers it (to the next free one, which
        // may be behind a queued future nonce): send the first transfer in order, then race the next five
        UUID opening = UUID.randomUUID();
        long openingNonce = nonces.assign(CHAIN, sender.address(), opening, chainNonce);
        var openingTx = EthereumSigner.sign(transfer(evm, openingNonce, 1_000_000L, fees).raw(), CHAIN, sender);
        nonces.recordSigned(CHAIN, sender.address(), openingNonce, opening, NonceTransaction.of(openingTx, fees));
        broadcast(evm, openingNonce, openingTx);
        awaitReceipt(evm, openingTx.txHash());
        nonces.recordMined(CHAIN, sender.address(), openingNonce, openingTx.txHash());

        long base = openingNonce + 1;
        List<EthereumSigner.SignedTransaction> signed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID withdrawal = UUID.randomUUID();
            long nonce = nonces.assign(CHAIN, sender.address(), withdrawal, chainNonce);
            assertThat(nonce).isEqualTo(base + i);
            var tx = EthereumSigner.sign(transfer(evm, nonce, 1_000_000L * (i + 1), fees).raw(), CHAIN, sender);
            nonces.recordSigned(CHAIN, sender.address(), nonce, withdrawal, NonceTransaction.of(tx, fees));
            signed.add(tx);
        }

        // the fourth first: the node queues it. ganache (mining eagerly) may hold a send's answer until that
        // transaction is mined, and when it answers depends on timing, so the sends run asynchronously and
        // what counts is the receipts.
        List<CompletableFuture<String>> sends = new ArrayList<>();
        sends.add(CompletableFuture.supplyAsync(() -> evm.rpc().call("eth_sendRawTransaction", signed.get(3).rawHex()).asText()));
        awaitQueued(evm, base + 3);
        for (int i : new int[] {0, 1, 2, 4}) {
            EthereumSigner.SignedTransaction tx = signed.get(i);
            sends.add(CompletableFuture.supplyAsync(() -> evm.rpc().call("eth_sendRawTransaction", tx.rawHex()).asText()));
            Thread.sleep(100); // keep the sends in this order at the node
        }
        for (int i = 0; i < 5; i++) {
            nonces.recordBroadcast(CHAIN, sender.address(), base + i, signed.get(i).txHash());
        }
        for (int round = 0; round < 20 && sends.stream().anyMatch(s -> !s.isDone()); round++) {
            evm.rpc().call("evm_mine");
            Thread.sleep(250);
        }

        for (int i = 0; i < 5; i++) {
            assertThat(awaitReceipt(evm, signed.get(i).txHash()).path("status").asText()).isEqualTo("0x1");
            assertThat(nonces.recordMined(CHAIN, sender.address(), base + i, signed.get(i).txHash()).state())
                    .isEqualTo(NonceState.MINED);
        }
        assertThat(quantity(evm.rpc().call("eth_getTransactionCount", sender.address(), "latest")))
                .isEqualTo(BigInteger.valueOf(base + 5));
        assertThat(balanceOf(evm, recipient)).isEqualTo(BigInteger.valueOf(16_000_000));
    }

    @Test
    void replacement_shouldBeTheTransactionMined_whenTheOriginalWasStuck(EvmNode evm) throws Exception {
        long chainNonce = quantity(evm.rpc().call("eth_getTransactionCount", sender.address(), "pending")).longValueExact();
        Eip1559 fees = currentFees(evm);
        // ganache reads a raw nonce 0 (RLP: empty) as "no nonce" and renumbers it, so replace at nonce 1
        UUID first = UUID.randomUUID();
        long firstNonce = nonces.assign(CHAIN, sender.address(), first, chainNonce);
        var firstTx = EthereumSigner.sign(transfer(evm, firstNonce, 5_000_000, fees).raw(), CHAIN, sender);
        nonces.recordSigned(CHAIN, sender.address(), firstNonce, first, NonceTransaction.of(firstTx, fees));
        broadcast(evm, firstNonce, firstTx);
        awaitReceipt(evm, firstTx.txHash());
        nonces.recordMined(CHAIN, sender.address(), firstNonce, firstTx.txHash());
        UUID withdrawal = UUID.randomUUID();
        long nonce = nonces.assign(CHAIN, sender.address(), withdrawal, chainNonce);
        var original = EthereumSigner.sign(transfer(evm, nonce, 25_000_000, fees).raw(), CHAIN, sender);
        nonces.recordSigned(CHAIN, sender.address(), nonce, withdrawal, NonceTransaction.of(original, fees));

        EthereumSigner.SignedTransaction replacement;
        evm.rpc().call("miner_stop");
        try {
            broadcast(evm, nonce, original);
            clock.advance(Duration.ofMinutes(10));
            List<NonceAssignment> listed = nonces.stuck(CHAIN, sender.address(),
                    clock.instant().minus(Duration.ofMinutes(5)));
            assertThat(listed).extracting(NonceAssignment::nonce).containsExactly(nonce);
            NonceAssignment stuck = listed.get(0);
            Eip1559 tooLittle = new Eip1559(percent(fees.maxPriorityFeePerGas(), 105), percent(fees.maxFeePerGas(), 105));
            var underpriced = EthereumSigner.sign(transfer(evm, nonce, 25_000_000, tooLittle).raw(), CHAIN, sender);
            assertThatThrownBy(() -> evm.rpc().call("eth_sendRawTransaction", underpriced.rawHex()))
                    .hasMessageContaining("underpriced");

            var bumped = (Eip1559) new FeeBumper(FeeBumper.MIN_BUMP_PERCENT, GWEI.multiply(BigInteger.valueOf(1_000)))
                    .bump(stuck.fees(), baseFee(evm));
            replacement = EthereumSigner.sign(transfer(evm, nonce, 25_000_000, bumped).raw(), CHAIN, sender);
            NonceAssignment recorded = nonces.recordReplacement(CHAIN, sender.address(), nonce, stuck.latestTxHash(),
                    NonceTransaction.of(replacement, bumped));
            assertThat(recorded.txHashes()).containsExactly(original.txHash(), replacement.txHash());
            assertThat(evm.rpc().call("eth_sendRawTransaction", replacement.rawHex()).asText())
                    .isEqualTo(replacement.txHash());
        } finally {
            evm.rpc().call("miner_start");
        }

        assertThat(awaitReceipt(evm, replacement.txHash()).path("status").asText()).isEqualTo("0x1");
        assertThat(evm.rpc().call("eth_getTransactionReceipt", original.txHash()).isNull()).isTrue();
        NonceAssignment mined = nonces.recordMined(CHAIN, sender.address(), nonce, replacement.txHash());
        assertThat(mined.nonce()).isEqualTo(nonce);
        assertThat(mined.minedTxHash()).isEqualTo(replacement.txHash());
        assertThat(nonce).isEqualTo(firstNonce + 1);
        assertThat(balanceOf(evm, recipient)).isEqualTo(BigInteger.valueOf(30_000_000));
    }

    private static BigInteger percent(BigInteger value, long percent) {
        return value.multiply(BigInteger.valueOf(percent)).divide(BigInteger.valueOf(100));
    }

    private Erc20Transfer transfer(EvmNode evm, long nonce, long amount, Eip1559 fees) {
        return new Erc20Transfer(CHAIN, BigInteger.valueOf(nonce), evm.tokenAddress(), recipient,
                BigInteger.valueOf(amount), BigInteger.valueOf(100_000), fees);
    }

    private void broadcast(EvmNode evm, long nonce, EthereumSigner.SignedTransaction tx) {
        assertThat(evm.rpc().call("eth_sendRawTransaction", tx.rawHex()).asText()).isEqualTo(tx.txHash());
        nonces.recordBroadcast(CHAIN, sender.address(), nonce, tx.txHash());
    }

    private static Eip1559 currentFees(EvmNode evm) {
        return new Eip1559(GWEI, baseFee(evm).shiftLeft(1).add(GWEI));
    }

    private static BigInteger baseFee(EvmNode evm) {
        return quantity(evm.rpc().call("eth_getBlockByNumber", "latest", false).get("baseFeePerGas"));
    }

    private void awaitQueued(EvmNode evm, long nonce) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonNode queued = evm.rpc().call("txpool_content").path("queued").path(sender.address().toLowerCase());
            if (queued.has(Long.toString(nonce))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("nonce " + nonce + " never reached the node's queue");
    }

    private static JsonNode awaitReceipt(EvmNode evm, String txHash) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            JsonNode receipt = evm.rpc().call("eth_getTransactionReceipt", txHash);
            if (receipt != null && !receipt.isNull()) {
                return receipt;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no receipt for " + txHash);
    }

    private static BigInteger balanceOf(EvmNode evm, String holder) {
        String data = "0x70a08231" + "0".repeat(24) + holder.substring(2).toLowerCase();
        return quantity(evm.rpc().call("eth_call", Map.of("to", evm.tokenAddress(), "data", data), "latest"));
    }

    private static BigInteger quantity(JsonNode hex) {
        return new BigInteger(hex.asText().substring(2), 16);
    }
}
