package io.usdtcustody.localcloud.component;

import io.usdtcustody.localcloud.HealthProbe;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.process.Await;
import io.usdtcustody.localcloud.process.ChildProcess;
import io.usdtcustody.localcloud.process.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Adobe S3Mock (a Spring Boot jar) as a Java process on loopback, path-style access, store in the state folder. */
public final class S3Mock implements CloudComponent {
    private final int port;
    private final ChildProcess process;

    private S3Mock(int port, ChildProcess process) {
        this.port = port;
        this.process = process;
    }

    public static S3Mock start(ProjectLayout layout, int requestedPort, Path stateDir) {
        Path jar = layout.require(layout.s3MockJar(), "build the project first (./platform up builds it)");
        int port = Ports.freeOr(requestedPort);
        Path store;
        try {
            store = Files.createDirectories(stateDir.resolve("s3"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ChildProcess process = ChildProcess.start("s3", layout.tether(), List.of(java,
                        "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-jar", jar.toString(),
                        "--server.address=127.0.0.1",
                        "--server.port=0",
                        "--com.adobe.testing.s3mock.httpPort=" + port,
                        "--com.adobe.testing.s3mock.store.root=" + store,
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN"),
                stateDir, Map.of(), stateDir);
        S3Mock s3 = new S3Mock(port, process);
        Await.until("S3Mock on port " + port, Duration.ofSeconds(90), s3::healthy, () -> process.logTail(30));
        return s3;
    }

    @Override
    public String name() {
        return "s3";
    }

    @Override
    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public boolean healthy() {
        return process.isAlive() && Ports.isListening(port) && HealthProbe.s3(endpoint());
    }

    @Override
    public Map<String, String> environment() {
        return Map.of("AWS_ENDPOINT_URL_S3", endpoint());
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
