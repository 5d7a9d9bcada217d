package io.usdtcustody.custody.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.model.hd.Bip32;
import io.usdtcustody.model.hd.DerivationPath;
import io.usdtcustody.model.json.JsonCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;

/** What the deposit ITs ask a running custody service over HTTP, as a tenant would. */
final class CustodyDepositClient {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonCodec CODEC = new JsonCodec();

    private final String base;
    private final String tenant;

    CustodyDepositClient(String base, String tenant) {
        this.base = base;
        this.tenant = tenant;
    }

    /** Registers a fresh account xpub for the tenant (its seed is thrown away: no sweeps). */
    void registerFreshXpub() throws Exception {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        String xpub;
        try (var master = Bip32.masterFromSeed(seed);
             var account = Bip32.derive(master, DerivationPath.parse("m/44'/60'/0'"))) {
            xpub = account.neuter().toXpub();
        }
        HttpResponse<String> registered = send(request("/v1/account-xpubs/ethereum")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"xpub\":\"" + xpub + "\"}")));
        assertThat(registered.statusCode()).isEqualTo(204);
    }

    /** The customer's Ethereum deposit address, allocated under {@code idempotencyKey}. */
    String depositAddress(String customerId, String idempotencyKey) throws Exception {
        HttpResponse<String> allocated = send(request("/v1/customers/" + customerId + "/deposit-addresses/ethereum")
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(allocated.statusCode()).isEqualTo(200);
        return json(allocated).get("address").asText();
    }

    /** The customer's available USDT on Ethereum, as the balances API shows it. */
    String available(String customerId) throws Exception {
        for (JsonNode balance : json(send(request("/v1/customers/" + customerId + "/balances").GET()))) {
            if (balance.get("chain").asText().equals("ETHEREUM")) {
                return balance.get("available").asText();
            }
        }
        throw new AssertionError("no Ethereum balance for " + customerId);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("X-Tenant-Id", tenant)
                .timeout(Duration.ofSeconds(30));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) {
        return CODEC.readTree(response.body().getBytes(StandardCharsets.UTF_8));
    }
}
