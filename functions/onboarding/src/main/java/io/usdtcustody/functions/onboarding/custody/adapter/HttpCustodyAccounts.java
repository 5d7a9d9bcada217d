package io.usdtcustody.functions.onboarding.custody.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.functions.onboarding.custody.Balance;
import io.usdtcustody.functions.onboarding.custody.DepositAddress;
import io.usdtcustody.functions.onboarding.custody.port.CustodyAccounts;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.errors.Problem;
import io.usdtcustody.model.errors.ProblemMapper;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.json.JsonDecodingException;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link CustodyAccounts} over custody's HTTP API ({@code POST /v1/customers/{id}/deposit-addresses/{chain}},
 * {@code GET /v1/customers/{id}/balances}) with the JDK's {@link HttpURLConnection}: no client library to load
 * at cold start, bounded connect and read timeouts. The tenant travels as {@code X-Tenant-Id}, as the gateway
 * sets it for custody's own routes; the correlation id goes along so both services' logs join up.
 *
 * <p>Custody's answers are mapped for this function's callers: "no account xpub" (404) is the tenant's setup,
 * not a missing customer (409 {@code CONFLICT} here); custody's own 409s keep code and detail; 5xx, timeouts,
 * refused connections and 429 are {@code UNAVAILABLE} (retry later); any other refusal means this function
 * asked custody wrongly, which no client retry fixes: {@code INTERNAL}, with custody's code in the log.
 */
public final class HttpCustodyAccounts implements CustodyAccounts {
    static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    static final int READ_TIMEOUT_MILLIS = 8_000;

    private final URI baseUrl;
    private final JsonCodec codec;
    private final ProblemMapper problems;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;

    public HttpCustodyAccounts(URI baseUrl, JsonCodec codec) {
        this(baseUrl, codec, CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS);
    }

    HttpCustodyAccounts(URI baseUrl, JsonCodec codec, int connectTimeoutMillis, int readTimeoutMillis) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.problems = new ProblemMapper(codec);
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.readTimeoutMillis = readTimeoutMillis;
    }

    @Override
    public DepositAddress depositAddress(TenantId tenant, String customerId, Chain chain, String correlationId) {
        JsonNode body = call("POST", "/v1/customers/" + customerId + "/deposit-addresses/" + chain.name(), tenant,
                correlationId, "deposit-address-" + customerId + "-" + chain.name());
        String address = body.path("address").asText("");
        if (address.isEmpty() || !customerId.equals(body.path("customerId").asText())) {
            throw unavailable(null);
        }
        return new DepositAddress(customerId, chain, address);
    }

    @Override
    public List<Balance> balances(TenantId tenant, String customerId, String correlationId) {
        JsonNode body = call("GET", "/v1/customers/" + customerId + "/balances", tenant, correlationId, null);
        if (!body.isArray()) {
            throw unavailable(null);
        }
        List<Balance> balances = new ArrayList<>();
        try {
            for (JsonNode balance : body) {
                balances.add(new Balance(text(balance, "asset"), text(balance, "chain"), text(balance, "available"),
                        text(balance, "held")));
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw unavailable(e);
        }
        return balances;
    }

    /** A string member; amounts must arrive as strings, never as JSON numbers. */
    private static String text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        if (!value.isTextual()) {
            throw new IllegalArgumentException(name + " is not a string");
        }
        return value.textValue();
    }

    private JsonNode call(String method, String path, TenantId tenant, String correlationId, String idempotencyKey) {
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) baseUrl.resolve(path).toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setConnectTimeout(connectTimeoutMillis);
            connection.setReadTimeout(readTimeoutMillis);
            connection.setRequestProperty("X-Tenant-Id", tenant.value());
            connection.setRequestProperty("Accept", "application/json");
            connection.setRequestProperty("X-Correlation-Id", correlationId);
            if (idempotencyKey != null) {
                connection.setRequestProperty("Idempotency-Key", idempotencyKey);
            }
            if ("POST".equals(method)) {
                // an empty JSON request: without a type HttpURLConnection would label it a form post
                connection.setRequestProperty("Content-Type", "application/json");
                connection.setDoOutput(true);
                connection.setFixedLengthStreamingMode(0);
            }
            int status = connection.getResponseCode();
            byte[] body = read(status >= 400 ? connection.getErrorStream() : connection.getInputStream());
            if (status >= 200 && status < 300) {
                return codec.readTree(body);
            }
            throw refusal(status, body);
        } catch (IOException | JsonDecodingException e) {
            throw unavailable(e);
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    private PlatformException refusal(int status, byte[] body) {
        if (status >= 500 || body.length == 0) {
            return unavailable(null);
        }
        Problem problem;
        try {
            problem = problems.fromJson(body);
        } catch (JsonDecodingException e) {
            return unavailable(e);
        }
        ErrorCode code;
        try {
            code = ErrorCode.fromCode(problem.code());
        } catch (IllegalArgumentException e) {
            return unavailable(e);
        }
        return switch (code) {
            case NOT_FOUND -> new PlatformException(ErrorCode.CONFLICT,
                    "The tenant has no deposit account on this chain yet; an operator must set it up first.");
            case CONFLICT -> new PlatformException(ErrorCode.CONFLICT, problem.detail());
            case RATE_LIMITED -> unavailable(null);
            default -> code.isServerError() ? unavailable(null) : new PlatformException(ErrorCode.INTERNAL, null,
                    new IllegalStateException("custody refused the call with " + code.code() + " (" + status + ")"));
        };
    }

    private static byte[] read(InputStream in) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            return in.readNBytes(1 << 20);
        }
    }

    private static PlatformException unavailable(Exception cause) {
        return new PlatformException(ErrorCode.UNAVAILABLE, "Custody could not be reached; retry later.", cause);
    }
}
