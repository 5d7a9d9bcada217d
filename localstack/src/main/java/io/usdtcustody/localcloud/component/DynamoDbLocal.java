package io.usdtcustody.localcloud.component;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import io.usdtcustody.localcloud.HealthProbe;
import io.usdtcustody.localcloud.process.Ports;
import java.util.Map;

/**
 * DynamoDB Local as an HTTP server inside this JVM: in memory, one shared database whatever the credentials
 * or region, so every client of the local cloud sees the same tables.
 */
public final class DynamoDbLocal implements CloudComponent {
    private final int port;
    private final DynamoDBProxyServer server;

    private DynamoDbLocal(int port, DynamoDBProxyServer server) {
        this.port = port;
        this.server = server;
    }

    public static DynamoDbLocal start(int requestedPort) {
        int port = Ports.freeOr(requestedPort);
        try {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(new String[] {
                "-inMemory", "-sharedDb", "-disableTelemetry", "-port", Integer.toString(port)});
            server.start();
            return new DynamoDbLocal(port, server);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start on port " + port, e);
        }
    }

    @Override
    public String name() {
        return "dynamodb";
    }

    @Override
    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public boolean healthy() {
        return HealthProbe.dynamoDb(endpoint());
    }

    @Override
    public Map<String, String> environment() {
        return Map.of("AWS_ENDPOINT_URL_DYNAMODB", endpoint());
    }

    @Override
    public Map<String, Long> pids() {
        return Map.of();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop", e);
        }
    }
}
