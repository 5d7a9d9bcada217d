package io.usdtcustody.localcloud;

import io.usdtcustody.localcloud.component.JsonRpc;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One real request per kind of endpoint, answering "is it up and serving": used by the components while they
 * start and by {@code ./platform status} against a running cloud.
 */
public final class HealthProbe {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private HealthProbe() {
    }

    public static boolean dynamoDb(String endpoint) {
        try (var client = AwsClients.forEndpoints(Map.of("dynamodb", endpoint)).dynamoDb()) {
            client.listTables(r -> r.limit(1));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public static boolean kinesis(String endpoint) {
        try (var client = AwsClients.forEndpoints(Map.of("kinesis", endpoint)).kinesis()) {
            client.listStreams(r -> r.limit(1));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public static boolean s3(String endpoint) {
        try (var client = AwsClients.forEndpoints(Map.of("s3", endpoint)).s3()) {
            client.listBuckets();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The node answers with the expected chain id and the token contract has code. */
    public static boolean evm(String endpoint, long chainId, String tokenAddress) {
        try {
            JsonRpc rpc = new JsonRpc(endpoint);
            return Long.decode(rpc.call("eth_chainId").asText()) == chainId
                    && (tokenAddress == null || rpc.call("eth_getCode", tokenAddress, "latest").asText().length() > 2);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Every token label is initialised in the SoftHSM2 configuration. */
    public static boolean softHsm(Path config, List<String> tokenLabels) {
        ProcessBuilder builder = new ProcessBuilder("softhsm2-util", "--show-slots").redirectErrorStream(true);
        builder.environment().put("SOFTHSM2_CONF", config.toString());
        try {
            Process process = builder.start();
            String slots = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0
                    && tokenLabels.stream().allMatch(slots::contains);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** An HTTP GET that answers 200. */
    public static boolean http(String url) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
