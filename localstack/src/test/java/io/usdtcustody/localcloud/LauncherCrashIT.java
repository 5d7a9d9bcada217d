package io.usdtcustody.localcloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.localcloud.launcher.CloudState;
import io.usdtcustody.localcloud.launcher.LocalCloudMain;
import io.usdtcustody.localcloud.process.Await;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher behind {@code ./platform up} killed with -9: every emulator it started must be gone within
 * seconds, and a new launcher on the same state folder must come up healthy without manual cleanup.
 */
class LauncherCrashIT {

    @Test
    void killMinus9_shouldLeaveNoEmulatorBehind_andANewLauncherShouldRecover(@TempDir Path stateDir) throws Exception {
        Process first = startLauncher(stateDir);
        try {
            awaitReady(stateDir, first);
            CloudState state = CloudState.read(stateDir);
            List<ProcessHandle> children = new ArrayList<>();
            state.pids().values().forEach(pid -> ProcessHandle.of(pid).ifPresent(children::add));
            assertThat(children).as("emulator processes of the first launcher").hasSizeGreaterThanOrEqualTo(3);

            first.destroyForcibly(); // SIGKILL: no shutdown hook runs
            first.waitFor();

            Await.until("emulators of the killed launcher to exit", Duration.ofSeconds(15),
                    () -> children.stream().noneMatch(ProcessHandle::isAlive), () -> "still alive: "
                            + children.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList());
        } finally {
            first.destroyForcibly();
        }

        Files.deleteIfExists(stateDir.resolve("ready"));
        Process second = startLauncher(stateDir);
        try {
            awaitReady(stateDir, second);
            CloudState state = CloudState.read(stateDir);
            assertThat(HealthProbe.dynamoDb(state.endpoints().get("dynamodb"))).isTrue();
            assertThat(HealthProbe.kinesis(state.endpoints().get("kinesis"))).isTrue();
            assertThat(HealthProbe.evm(state.endpoints().get("evm"), state.evmChainId(), state.usdtContract())).isTrue();
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private static Process startLauncher(Path stateDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                "-D" + ProjectLayout.ROOT_PROPERTY + "=" + ProjectLayout.locate().root(),
                LocalCloudMain.class.getName(), "serve", "--state", stateDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(new File(stateDir.toFile(), "launcher.log"));
        for (String service : List.of("DYNAMODB", "KINESIS", "S3", "EVM")) {
            builder.environment().put("LOCAL_CLOUD_" + service + "_PORT", "0");
        }
        return builder.start();
    }

    private static void awaitReady(Path stateDir, Process launcher) {
        Await.until("the launcher to report ready", Duration.ofSeconds(120),
                () -> {
                    if (!launcher.isAlive()) {
                        throw new IllegalStateException("launcher exited with " + launcher.exitValue());
                    }
                    return Files.exists(stateDir.resolve("ready"));
                },
                () -> {
                    try {
                        return Files.readString(stateDir.resolve("launcher.log"));
                    } catch (Exception e) {
                        return "";
                    }
                });
    }
}
