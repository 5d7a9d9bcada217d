package io.usdtcustody.custody.chain.ethereum.sending;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.chain.ethereum.TestKeySigner;
import io.usdtcustody.custody.chain.ethereum.nonce.FeeBumper;
import io.usdtcustody.custody.chain.ethereum.nonce.NonceAssignment;
import io.usdtcustody.custody.chain.ethereum.nonce.NonceState;
import io.usdtcustody.custody.chain.ethereum.nonce.adapter.DynamoDbNonceManager;
import io.usdtcustody.custody.chain.ethereum.nonce.port.NonceManager;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumTransactionDriver.Progress;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.component.EvmNode;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.localcloud.process.Await;
import io.usdtcustody.localcloud.testing.MutableClock;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Keys;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The driver on the local chain with nonces in DynamoDB: a transaction stuck in the pool is replaced at the same
 * nonce and the replacement is what settles; a nonce given up after signing is filled so the transactions behind
 * it can be mined.
 */
@LocalCloudTest({Service.DYNAMODB, Service.EVM})
class EthereumTransactionDriverIT {
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    private NonceManager nonces;
    private EthereumNode node;
    private EthereumTransactionDriver driver;
    private EthereumAccount sender;
    private String recipient;
    private String token;

    @BeforeEach
    void freshFundedSender(DynamoDbClient dynamoDb, ResourceNaming naming, EvmNode evm) throws Exception {
        nonces = new DynamoDbNonceManager(dynamoDb, naming.table(ResourceCatalogue.WALLETS), clock);
        node = new EthereumNode(Web3j.build(new HttpService(evm.endpoint())));
        driver = new EthereumTransactionDriver(new EthereumTransactionDriver.Settings(EvmNode.CHAIN_ID, 1,
                BigInteger.valueOf(1_000_000_000L), Duration.ofMinutes(3),
                new FeeBumper(25, BigInteger.valueOf(1_000_000_000_000L))), nonces, node, clock);
        TestKeySigner key = TestKeySigner.random();
        sender = new EthereumAccount(key.address(), key);
        recipient = "0x" + Keys.getAddress(Keys.createEcKeyPair());
        token = evm.tokenAddress();
        evm.fundEther(key.address(), BigInteger.TEN.pow(18)); // 1 ETH for gas
        evm.mint(key.address(), BigInteger.valueOf(100_000_000));
        // ganache renumbers a raw nonce 0; the first transaction goes through on its own
        send(UUID.randomUUID(), 1_000_000);
    }

    @Test
    void supervise_shouldReplaceAStuckTransaction_andTheReplacementSettles(EvmNode evm) {
        UUID id = UUID.randomUUID();
        String original;
        evm.rpc().call("miner_stop");
        try {
            original = driver.sign(sender, id, payment(5_000_000));
            assertThat(driver.broadcast(sender, id)).isTrue();
            assertThat(driver.supervise(sender)).as("not stuck yet").isZero();

            clock.advance(Duration.ofMinutes(4));
            assertThat(driver.supervise(sender)).isEqualTo(1);
        } finally {
            evm.rpc().call("miner_start");
        }

        Await.until("the replacement to be mined", Duration.ofSeconds(20),
                () -> driver.progress(sender, id) == Progress.CONFIRMED, () -> "");
        String mined = driver.minedHash(sender, id).orElseThrow();
        assertThat(mined).isNotEqualTo(original);
        assertThat(node.receipt(original)).isEmpty();
        assertThat(node.tokenBalance(token, recipient)).isEqualTo(BigInteger.valueOf(6_000_000));
    }

    @Test
    void supervise_shouldFillAReleasedNonce_soTheTransactionBehindItIsMined(EvmNode evm) {
        UUID abandoned = UUID.randomUUID();
        driver.sign(sender, abandoned, payment(7_000_000)); // signed, never sent
        UUID behind = UUID.randomUUID();
        driver.sign(sender, behind, payment(2_000_000));
        assertThat(driver.release(sender, abandoned)).isEqualTo(NonceManager.Release.GAP);
        // the local node answers a send only once the transaction is mined, so this one waits behind the gap
        var sent = java.util.concurrent.CompletableFuture.supplyAsync(() -> driver.broadcast(sender, behind));
        Await.until("the transaction to queue behind the gap", Duration.ofSeconds(10), () -> evm.rpc()
                .call("txpool_content").path("queued").path(sender.address()).size() > 0, () -> "");
        assertThat(driver.progress(sender, behind)).as("queued behind the gap").isEqualTo(Progress.PENDING);

        assertThat(driver.supervise(sender)).isEqualTo(1);
        assertThat(sent.join()).isTrue();

        Await.until("the transaction behind the gap to be mined", Duration.ofSeconds(20),
                () -> driver.progress(sender, behind) == Progress.CONFIRMED, () -> "");
        long gapNonce = nonces.assign(EvmNode.CHAIN_ID, sender.address(), behind, 0) - 1;
        NonceAssignment filled = nonces.find(EvmNode.CHAIN_ID, sender.address(), gapNonce).orElseThrow();
        assertThat(filled.state()).isIn(NonceState.BROADCAST, NonceState.MINED);
        assertThat(node.tokenBalance(token, recipient)).as("the abandoned payment never happened")
                .isEqualTo(BigInteger.valueOf(3_000_000));
    }

    private void send(UUID id, long amount) {
        driver.sign(sender, id, payment(amount));
        driver.broadcast(sender, id);
        Await.until("the opening transfer", Duration.ofSeconds(20),
                () -> driver.progress(sender, id) == Progress.CONFIRMED, () -> "");
    }

    private TransactionTemplate payment(long amount) {
        return new TransactionTemplate.TokenPayment(token, recipient, BigInteger.valueOf(amount),
                BigInteger.valueOf(100_000));
    }
}
