package io.usdtcustody.localcloud.component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.usdtcustody.localcloud.HealthProbe;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.process.Await;
import io.usdtcustody.localcloud.process.ChildProcess;
import io.usdtcustody.localcloud.process.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A local Ethereum node (ganache) with the 6-decimal USDT-like ERC-20 compiled offline by solc-js and deployed
 * at start. Account 0 of the deterministic wallet deploys the token, owns it, and is the faucet that mints.
 * Blocks are mined on each transaction; tests mine more with {@code evm_mine} and reorganise with
 * {@code evm_snapshot}/{@code evm_revert}.
 */
public final class EvmNode implements CloudComponent {
    public static final long CHAIN_ID = 1337;
    public static final String TOKEN_CONTRACT = "LocalTetherToken";
    private static final String MINT_SELECTOR = "40c10f19"; // mint(address,uint256)

    private final int port;
    private final ChildProcess process;
    private final JsonRpc rpc;
    private volatile String tokenAddress;
    private volatile String faucet;

    private EvmNode(int port, ChildProcess process) {
        this.port = port;
        this.process = process;
        this.rpc = new JsonRpc(endpointOf(port));
    }

    public static EvmNode start(ProjectLayout layout, int requestedPort, Path stateDir) {
        Path ganache = layout.require(layout.nodeModules().resolve("ganache/dist/node/cli.js"),
                "run ./platform up (or npm ci in localstack/node) to install the Node packages");
        Path compiled = compile(layout, stateDir);
        int port = Ports.freeOr(requestedPort);
        ChildProcess process = ChildProcess.start("evm", layout.tether(), List.of("node", ganache.toString(),
                        "--server.host", "127.0.0.1",
                        "--server.port", Integer.toString(port),
                        "--chain.chainId", Long.toString(CHAIN_ID),
                        "--chain.hardfork", "shanghai",
                        // ganache's default "eager" instamine: eth_sendRawTransaction returns once the transaction is
                        // mined. Its "strict" mode answers at once like a real node, but then never promotes
                        // transactions that arrived while their predecessor was still pending (seen here with 200
                        // withdrawals in a row), so the chain stalls; senders therefore send in nonce order, and a
                        // send behind a nonce gap waits until the gap is filled (or the call times out and is retried)
                        "--wallet.deterministic",
                        "--wallet.totalAccounts", "10",
                        "--logging.quiet"),
                stateDir, Map.of(), stateDir);
        EvmNode node = new EvmNode(port, process);
        Await.until("EVM node on port " + port, Duration.ofSeconds(60), node::answers, () -> process.logTail(20));
        node.deployToken(compiled);
        return node;
    }

    private static Path compile(ProjectLayout layout, Path stateDir) {
        Path output = stateDir.resolve("contracts.json");
        try {
            Process compiler = new ProcessBuilder("node", layout.contractsCompiler().toString(), output.toString())
                    .redirectErrorStream(true).start();
            String log = new String(compiler.getInputStream().readAllBytes());
            if (!compiler.waitFor(120, TimeUnit.SECONDS) || compiler.exitValue() != 0) {
                throw new IllegalStateException("solc-js could not compile " + layout.contractSources() + ":\n" + log);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run node to compile the contracts", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void deployToken(Path compiled) {
        try {
            JsonNode contract = new ObjectMapper().readTree(compiled.toFile()).path("contracts").path(TOKEN_CONTRACT);
            faucet = rpc.call("eth_accounts").get(0).asText();
            String txHash = rpc.call("eth_sendTransaction", Map.of("from", faucet,
                    "data", contract.path("bytecode").asText(), "gas", "0x2dc6c0")).asText();
            JsonNode receipt = awaitReceipt(txHash);
            if (!"0x1".equals(receipt.path("status").asText())) {
                throw new IllegalStateException("token deployment failed: " + receipt);
            }
            tokenAddress = receipt.path("contractAddress").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read compiled contracts", e);
        }
    }

    /** Mints {@code amountMinor} (6-decimal units) of the local USDT to {@code to}; returns the tx hash once mined. */
    public String mint(String to, BigInteger amountMinor) {
        String data = "0x" + MINT_SELECTOR + word(to.substring(2)) + word(amountMinor.toString(16));
        return mined(rpc.call("eth_sendTransaction", Map.of("from", faucet, "to", tokenAddress, "data", data,
                "gas", "0x186a0")).asText());
    }

    /** The local USDT balance of {@code holder}, in 6-decimal units, at the latest block. */
    public BigInteger tokenBalance(String holder) {
        String data = "0x70a08231" + word(holder.substring(2));
        String hex = rpc.call("eth_call", Map.of("to", tokenAddress, "data", data), "latest").asText();
        return new BigInteger(hex.substring(2), 16);
    }

    /** Sends {@code wei} of ether from the faucet to {@code to} (gas money); returns the tx hash once mined. */
    public String fundEther(String to, BigInteger wei) {
        return mined(rpc.call("eth_sendTransaction", Map.of("from", faucet, "to", to,
                "value", "0x" + wei.toString(16))).asText());
    }

    /**
     * The receipt of {@code txHash}, waiting for it to be mined: the node answers sends at once and mines right
     * after (as a real node does), so a receipt may lag its send by moments.
     */
    public JsonNode awaitReceipt(String txHash) {
        JsonNode[] receipt = new JsonNode[1];
        Await.until("transaction " + txHash + " to be mined", Duration.ofSeconds(30), () -> {
            receipt[0] = rpc.call("eth_getTransactionReceipt", txHash);
            return receipt[0] != null && !receipt[0].isNull();
        }, () -> "");
        return receipt[0];
    }

    private String mined(String txHash) {
        JsonNode receipt = awaitReceipt(txHash);
        if (!"0x1".equals(receipt.path("status").asText())) {
            throw new IllegalStateException("transaction " + txHash + " failed on the local chain");
        }
        return txHash;
    }

    private static String word(String hex) {
        String lower = hex.toLowerCase(Locale.ROOT);
        return "0".repeat(64 - lower.length()) + lower;
    }

    public JsonRpc rpc() {
        return rpc;
    }

    public String tokenAddress() {
        return tokenAddress;
    }

    public String faucet() {
        return faucet;
    }

    private boolean answers() {
        return process.isAlive() && Ports.isListening(port) && HealthProbe.evm(endpoint(), CHAIN_ID, null);
    }

    @Override
    public String name() {
        return "evm";
    }

    @Override
    public String endpoint() {
        return endpointOf(port);
    }

    private static String endpointOf(int port) {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public boolean healthy() {
        return process.isAlive() && tokenAddress != null && HealthProbe.evm(endpoint(), CHAIN_ID, tokenAddress);
    }

    @Override
    public Map<String, String> environment() {
        return Map.of("EVM_RPC_URL", endpoint(),
                "EVM_CHAIN_ID", Long.toString(CHAIN_ID),
                "USDT_ERC20_CONTRACT", tokenAddress,
                "EVM_FAUCET_ACCOUNT", faucet);
    }

    @Override
    public Map<String, Long> pids() {
        return Map.of(process.name(), process.pid());
    }

    @Override
    public void close() {
        process.close();
    }
}
