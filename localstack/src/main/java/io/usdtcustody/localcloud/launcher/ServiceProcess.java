package io.usdtcustody.localcloud.launcher;

import io.usdtcustody.localcloud.HealthProbe;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.component.CloudComponent;
import io.usdtcustody.localcloud.process.Await;
import io.usdtcustody.localcloud.process.ChildProcess;
import io.usdtcustody.localcloud.process.Ports;
import io.usdtcustody.model.catalogue.ServiceSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A platform service (custody, matching) run from its built jar against the local cloud, as on Fargate. */
public final class ServiceProcess implements CloudComponent {
    private final ServiceSpec spec;
    private final int port;
    private final ChildProcess process;

    private ServiceProcess(ServiceSpec spec, int port, ChildProcess process) {
        this.spec = spec;
        this.port = port;
        this.process = process;
    }

    /** Starts the service and waits until its health endpoint answers 200. */
    public static ServiceProcess start(ProjectLayout layout, ServiceSpec spec, int port,
                                       Map<String, String> cloudEnvironment, Path stateDir) {
        ServiceProcess service = launch(layout, spec, port, cloudEnvironment, stateDir);
        Await.until(spec.name() + " service health on port " + port, Duration.ofSeconds(90), service::healthy,
                () -> service.process.logTail(40));
        return service;
    }

    /** Starts the service and waits only until it listens (its health may be DOWN). */
    public static ServiceProcess launch(ProjectLayout layout, ServiceSpec spec, int port,
                                        Map<String, String> cloudEnvironment, Path stateDir) {
        Path jar = layout.serviceJar(spec.module());
        // production settings first; the local cloud's own values (its token contract, ...) win
        Map<String, String> env = new HashMap<>(spec.settings());
        env.putAll(cloudEnvironment);
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        env.put("MICRONAUT_SERVER_HOST", "127.0.0.1");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ChildProcess process = ChildProcess.start(spec.name(), layout.tether(),
                List.of(java, "-Xmx" + Math.min(spec.memoryMb() / 2, 512) + "m", "-XX:+UseSerialGC", "-jar", jar.toString()),
                layout.root(), env, stateDir);
        ServiceProcess service = new ServiceProcess(spec, port, process);
        Await.until(spec.name() + " service listening on port " + port, Duration.ofSeconds(90),
                () -> process.isAlive() && Ports.isListening(port), () -> process.logTail(40));
        return service;
    }

    /** False once the service's process has exited (crash tests kill it on purpose). */
    public boolean isAlive() {
        return process.isAlive();
    }

    public ServiceSpec spec() {
        return spec;
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public boolean healthy() {
        return process.isAlive() && HealthProbe.http(endpoint() + spec.healthPath());
    }

    @Override
    public Map<String, String> environment() {
        return Map.of();
    }

    @Override
    public Map<String, Long> pids() {
        return Map.of(process.name(), process.pid());
    }

    /**
     * SIGKILLs the service's JVM — the child of the launcher's tether script, which then exits — and waits until it
     * is gone, as {@code kill -9} of the task would. Killing the tether alone would leave the JVM running.
     */
    public void kill() {
        List<ProcessHandle> jvms = ProcessHandle.of(process.pid()).stream().flatMap(ProcessHandle::descendants).toList();
        if (jvms.isEmpty()) {
            throw new IllegalStateException(spec.name() + ": no service JVM under the tether " + process.pid());
        }
        jvms.forEach(ProcessHandle::destroyForcibly);
        Await.until(spec.name() + " to die", Duration.ofSeconds(10),
                () -> !process.isAlive() && jvms.stream().noneMatch(ProcessHandle::isAlive), () -> process.logTail(20));
    }

    @Override
    public void close() {
        process.close();
    }
}
