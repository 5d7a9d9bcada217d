package io.usdtcustody.localcloud.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a running local cloud publishes in its state folder: {@code state.json} (endpoints, pids, chain and HSM
 * facts, for {@code ./platform status} and {@code down}) and {@code cloud.env} (the environment a process needs
 * to use the cloud, for CLIs and services). Secrets are not in either: the HSM PINs stay in their own file.
 */
public record CloudState(
        long launcherPid,
        String startedAt,
        String resourcePrefix,
        Map<String, String> endpoints,
        Map<String, Long> pids,
        long evmChainId,
        String usdtContract,
        String softHsmConfig,
        List<String> hsmTokens,
        Map<String, String> serviceHealthUrls,
        Map<String, String> environment) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    public static final String STATE_FILE = "state.json";
    public static final String ENV_FILE = "cloud.env";

    public void write(Path stateDir) {
        try {
            Path tmp = stateDir.resolve(STATE_FILE + ".tmp");
            JSON.writeValue(tmp.toFile(), this);
            Files.move(tmp, stateDir.resolve(STATE_FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            StringBuilder env = new StringBuilder("# written by the local cloud launcher; source it to use the local cloud\n");
            new TreeMap<>(environment).forEach((k, v) -> env.append(k).append('=').append(v).append('\n'));
            Files.writeString(stateDir.resolve(ENV_FILE), env);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the local cloud state", e);
        }
    }

    public static CloudState read(Path stateDir) {
        try {
            return JSON.readValue(stateDir.resolve(STATE_FILE).toFile(), CloudState.class);
        } catch (IOException e) {
            throw new UncheckedIOException("no readable local cloud state in " + stateDir + " (is it up?)", e);
        }
    }
}
