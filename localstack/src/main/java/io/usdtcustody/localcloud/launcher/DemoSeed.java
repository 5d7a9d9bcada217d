package io.usdtcustody.localcloud.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.usdtcustody.localcloud.component.EvmNode;
import io.usdtcustody.model.hd.Bip32;
import io.usdtcustody.model.hd.DerivationPath;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Seeds a small demo through the platform's own APIs, so what you see after {@code ./platform up} is what a
 * partner would see: custody generates tenant {@code demo}'s account (its seed sealed in the HSM; without an
 * HSM the demo registers an external xpub whose seed lives only in this process's memory), customer
 * {@code alice} gets an Ethereum deposit address, and 2,500 USDT arrive there on the local chain with enough
 * confirmations for custody's deposit watcher to credit them — after which custody tops the address up with gas
 * from the funded gas station and sweeps it to the hot wallet.
 */
public final class DemoSeed {
    static final String TENANT = "demo";
    static final String CUSTOMER = "alice";
    /** 2,500 USDT in 6-decimal units. */
    static final BigInteger DEPOSIT_MINOR = BigInteger.valueOf(2_500L * 1_000_000L);
    /** The LEI of the exchange the demo deposit comes from (custody is told it is a known VASP). */
    static final String ORIGINATING_VASP_LEI = "506700GE1G29325QX363";
    /** 1,000,000 USDT in 6-decimal units: the hot wallet's on-chain float for demo withdrawals. */
    static final BigInteger HOT_WALLET_FLOAT_MINOR = BigInteger.valueOf(1_000_000L * 1_000_000L);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoSeed() {
    }

    /** Returns one human-readable line per thing seeded. */
    public static List<String> run(EvmNode evm, String custodyUrl, int confirmations) {
        List<String> seeded = new ArrayList<>();
        String hot = walletAddress(custodyUrl, "/v1/hot-wallets");
        if (hot != null) {
            evm.fundEther(hot, BigInteger.TEN.pow(19)); // 10 ETH for gas
            evm.mint(hot, HOT_WALLET_FLOAT_MINOR);
            seeded.add("custody's hot wallet " + hot + " (key in the HSM) holds 10 ETH and 1,000,000 USDT on chain");
            String gasStation = walletAddress(custodyUrl, "/v1/gas-station");
            if (gasStation != null) {
                evm.fundEther(gasStation, BigInteger.TEN.pow(19));
                seeded.add("the gas station " + gasStation + " holds 10 ETH to top up deposit addresses for sweeps");
            }
            // with an HSM, custody generates the tenant's account itself (seed sealed in the token), so it can sweep
            send(HttpRequest.newBuilder(URI.create(custodyUrl + "/v1/account-xpubs/ethereum/generate"))
                    .header("X-Tenant-Id", TENANT).header("Idempotency-Key", "demo-account")
                    .POST(HttpRequest.BodyPublishers.noBody()), 201, 200);
        } else {
            registerExternalXpub(custodyUrl);
        }
        String body = send(HttpRequest.newBuilder(URI.create(custodyUrl + "/v1/customers/" + CUSTOMER
                        + "/deposit-addresses/ethereum"))
                .header("X-Tenant-Id", TENANT).header("Idempotency-Key", "demo-address")
                .POST(HttpRequest.BodyPublishers.noBody()), 200);
        String address;
        try {
            address = JSON.readTree(body).get("address").asText();
        } catch (IOException e) {
            throw new IllegalStateException("custody answered with unreadable JSON", e);
        }
        seeded.add("tenant '" + TENANT + "': customer '" + CUSTOMER + "' has Ethereum deposit address " + address);
        String txHash = evm.mint(address, DEPOSIT_MINOR);
        // 2,500 USDT is above the Travel Rule threshold: the sending exchange's IVMS101 data lets custody credit it
        send(HttpRequest.newBuilder(URI.create(custodyUrl + "/v1/travel-rule/incoming"))
                .header("X-Tenant-Id", TENANT).header("Idempotency-Key", "demo-travel-rule")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"chain\":\"ETHEREUM\",\"txHash\":\"" + txHash
                        + "\",\"destinationAddress\":\"" + address + "\",\"ivms101\":"
                        + travelRuleData(address) + "}")), 201, 200);
        seeded.add("the sending exchange's Travel Rule (IVMS101) data for it, which custody needs from 1,000 USDT");
        for (int i = 1; i < confirmations; i++) {
            evm.rpc().call("evm_mine");
        }
        seeded.add("2,500 USDT sent to it on the local chain (" + confirmations + " confirmations); its balance: "
                + "curl -H 'X-Tenant-Id: " + TENANT + "' " + custodyUrl + "/v1/customers/" + CUSTOMER + "/balances"
                + (hot == null ? "" : "; once credited it is swept to the hot wallet (gas topped up first)"));
        return seeded;
    }

    private static String travelRuleData(String depositAddress) {
        try (var in = DemoSeed.class.getResourceAsStream("/demo/travel-rule-incoming.json")) {
            return new String(Objects.requireNonNull(in, "demo/travel-rule-incoming.json").readAllBytes(),
                    StandardCharsets.UTF_8).replace("DEPOSIT_ADDRESS", depositAddress);
        } catch (IOException e) {
            throw new IllegalStateException("demo seeding: the Travel Rule data is unreadable", e);
        }
    }

    /** Without an HSM custody cannot hold a seed: the tenant brings its own account xpub (no sweeps then). */
    private static void registerExternalXpub(String custodyUrl) {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        String xpub;
        try (var master = Bip32.masterFromSeed(seed);
             var account = Bip32.derive(master, DerivationPath.parse("m/44'/60'/0'"))) {
            xpub = account.neuter().toXpub();
        } finally {
            java.util.Arrays.fill(seed, (byte) 0);
        }
        send(HttpRequest.newBuilder(URI.create(custodyUrl + "/v1/account-xpubs/ethereum"))
                .header("X-Tenant-Id", TENANT).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"xpub\":\"" + xpub + "\"}")), 204);
    }

    /**
     * The Ethereum address custody serves at {@code path} (its hot wallets, or the gas station), or null when
     * custody runs without an HSM (or without sending).
     */
    private static String walletAddress(String custodyUrl, String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(custodyUrl + path))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return null;
            }
            var answer = JSON.readTree(response.body());
            for (var wallet : answer.isArray() ? answer : JSON.createArrayNode().add(answer)) {
                if ("ETHEREUM".equals(wallet.path("chain").asText())) {
                    return wallet.get("address").asText();
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Sends and returns the body; {@code expectedStatus} lists the statuses that count as success. */
    private static String send(HttpRequest.Builder request, int... expectedStatus) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (java.util.Arrays.stream(expectedStatus).noneMatch(status -> status == response.statusCode())) {
                throw new IllegalStateException("demo seeding: custody answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("demo seeding: custody is unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
