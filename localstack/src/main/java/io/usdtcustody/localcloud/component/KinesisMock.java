package io.usdtcustody.localcloud.component;

import io.usdtcustody.localcloud.HealthProbe;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.process.Await;
import io.usdtcustody.localcloud.process.ChildProcess;
import io.usdtcustody.localcloud.process.Ports;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * kinesis-mock (npm {@code kinesis-local}, compiled to JavaScript) as a Node process. It reads
 * {@code ./server.json} for its TLS port, so it must run with its package folder as working directory.
 */
public final class KinesisMock implements CloudComponent {
    private final int port;
    private final ChildProcess process;

    private KinesisMock(int port, ChildProcess process) {
        this.port = port;
        this.process = process;
    }

    public static KinesisMock start(ProjectLayout layout, int requestedPort, Path stateDir) {
        Path packageDir = layout.require(layout.nodeModules().resolve("kinesis-local"),
                "run ./platform up (or npm ci in localstack/node) to install the Node packages");
        int port = Ports.freeOr(requestedPort);
        int tlsPort = Ports.freeOr(0);
        ChildProcess process = ChildProcess.start("kinesis", layout.tether(),
                List.of("node", "main.js"), packageDir,
                Map.of("KINESIS_MOCK_PLAIN_PORT", Integer.toString(port),
                        "KINESIS_MOCK_TLS_PORT", Integer.toString(tlsPort),
                        "CREATE_STREAM_DURATION", "100ms",
                        "DELETE_STREAM_DURATION", "100ms",
                        // each test class's stream set has its own prefix (5 streams, 2 shards each): a module's
                        // integration tests create far more shards than an AWS account's default limit
                        "SHARD_LIMIT", "5000",
                        "LOG_LEVEL", "WARN"),
                stateDir);
        KinesisMock kinesis = new KinesisMock(port, process);
        Await.until("kinesis-mock on port " + port, Duration.ofSeconds(60), kinesis::healthy,
                () -> process.logTail(20));
        return kinesis;
    }

    @Override
    public String name() {
        return "kinesis";
    }

    @Override
    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public boolean healthy() {
        return process.isAlive() && Ports.isListening(port) && HealthProbe.kinesis(endpoint());
    }

    @Override
    public Map<String, String> environment() {
        return Map.of("AWS_ENDPOINT_URL_KINESIS", endpoint());
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
