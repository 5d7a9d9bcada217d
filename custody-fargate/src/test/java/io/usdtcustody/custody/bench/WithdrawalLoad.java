package io.usdtcustody.custody.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.custody.ledger.adapter.DynamoDbLedger;
import io.usdtcustody.localcloud.LocalCloud;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.web3j.crypto.Keys;

/**
 * Withdrawals per second end to end on the local chain, through the running custody service: {@code count}
 * customers each withdraw 10 USDT at once (8 client threads); each is policy-checked, held, signed in SoftHSM2,
 * broadcast to ganache, mined, confirmed (1 confirmation) and settled. Measured from the first request to the
 * last withdrawal seen CONFIRMED (polled every 100 ms, so the figure is conservative by up to that much).
 */
final class WithdrawalLoad {
    /** What one run measured. */
    record Result(int count, double seconds, double p50Millis, double maxMillis) {
    }

    private static final Asset USDT = Asset.USDT_ETHEREUM;
    private static final JsonCodec CODEC = new JsonCodec();

    private final LocalCloud cloud;
    private final ResourceNaming naming;
    private final String custody;
    private final HttpClient http = HttpClient.newHttpClient();

    WithdrawalLoad(LocalCloud cloud, ResourceNaming naming, String custodyEndpoint) {
        this.cloud = cloud;
        this.naming = naming;
        this.custody = custodyEndpoint;
    }

    Result run(int count) throws Exception {
        TenantId tenant = TenantId.of("bench");
        try (var dynamoDb = cloud.clients().dynamoDb()) {
            DynamoDbLedger ledger = new DynamoDbLedger(dynamoDb, naming.table(ResourceCatalogue.LEDGER),
                    new DynamoDbOutbox(naming.table(ResourceCatalogue.OUTBOX), CODEC), new LedgerEvents(CODEC),
                    Clock.systemUTC());
            AccountId mirror = AccountId.platform(tenant, USDT, AccountPurpose.CHAIN_MIRROR);
            ledger.open(mirror);
            for (int i = 0; i <= count; i++) {
                AccountId funding = AccountId.customer(tenant, "c" + i, USDT, AccountPurpose.FUNDING);
                ledger.open(funding);
                ledger.transfer(tenant, new TransferRequest(UUID.randomUUID(), mirror, funding,
                        Amount.parse("100", USDT), TransferKind.DEPOSIT, "bench"));
            }
        }
        String hot = hotWallet();
        cloud.evm().fundEther(hot, BigInteger.TEN.pow(19));
        cloud.evm().mint(hot, BigInteger.valueOf(10_000_000L).multiply(BigInteger.valueOf(count + 1L)));

        // ganache reads a raw nonce 0 as "no nonce" and renumbers it: the hot key's very first transaction goes
        // through alone, before the measured load (on a real node this makes no difference)
        confirmAll(tenant, Map.of(send(tenant, count), System.nanoTime()), new LinkedHashMap<>());

        Map<String, Long> requestedAt = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int customer = i;
            sent.add(clients.submit(() -> {
                long at = System.nanoTime();
                requestedAt.put(send(tenant, customer), at);
                return null;
            }));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        clients.shutdown();
        Map<String, Long> confirmedAt = new LinkedHashMap<>();
        confirmAll(tenant, requestedAt, confirmedAt);
        long end = confirmedAt.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        double[] latencies = confirmedAt.entrySet().stream()
                .mapToDouble(e -> (e.getValue() - requestedAt.get(e.getKey())) / 1e6).sorted().toArray();
        return new Result(count, (end - start) / 1e9, latencies[latencies.length / 2],
                Arrays.stream(latencies).max().orElse(0));
    }

    /** Requests 10 USDT for customer {@code c<customer>} to a fresh address; returns the withdrawal id. */
    private String send(TenantId tenant, int customer) {
        String recipient = Keys.toChecksumAddress("0x" + Keys.getAddress(createKey()));
        return call(HttpRequest.newBuilder(URI.create(custody + "/v1/withdrawals"))
                .header("X-Tenant-Id", tenant.value()).header("Idempotency-Key", "bench-" + customer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"customerId\":\"c" + customer + "\",\"asset\":\"USDT\","
                        + "\"chain\":\"ETHEREUM\",\"amount\":\"10\",\"destination\":\"" + recipient + "\"}")))
                .get("id").asText();
    }

    private static org.web3j.crypto.ECKeyPair createKey() {
        try {
            return Keys.createEcKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls until every requested withdrawal is CONFIRMED, noting when each was first seen so. */
    private void confirmAll(TenantId tenant, Map<String, Long> requestedAt, Map<String, Long> confirmedAt)
            throws InterruptedException {
        int count = requestedAt.size();
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (confirmedAt.size() < count && System.nanoTime() < deadline) {
            for (String id : requestedAt.keySet()) {
                if (!confirmedAt.containsKey(id)) {
                    JsonNode w = call(HttpRequest.newBuilder(URI.create(custody + "/v1/withdrawals/" + id))
                            .header("X-Tenant-Id", tenant.value()).GET());
                    String state = w.get("state").asText();
                    if (state.equals("CONFIRMED")) {
                        confirmedAt.put(id, System.nanoTime());
                    } else if (state.equals("REJECTED") || state.equals("FAILED") || state.equals("PENDING_APPROVAL")) {
                        throw new IllegalStateException("a bench withdrawal ended " + state + ": " + w);
                    }
                }
            }
            Thread.sleep(100);
        }
        if (confirmedAt.size() < count) {
            throw new IllegalStateException("only " + confirmedAt.size() + " of " + count + " withdrawals confirmed");
        }
    }

    private String hotWallet() throws Exception {
        for (JsonNode wallet : call(HttpRequest.newBuilder(URI.create(custody + "/v1/hot-wallets")).GET())) {
            if (wallet.get("chain").asText().equals("ETHEREUM")) {
                return wallet.get("address").asText();
            }
        }
        throw new IllegalStateException("custody has no Ethereum hot wallet");
    }

    private JsonNode call(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("custody answered " + response.statusCode() + ": " + response.body());
            }
            return CODEC.readTree(response.body().getBytes());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("custody is unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
