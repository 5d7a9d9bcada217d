package io.usdtcustody.localcloud.component;

import io.usdtcustody.localcloud.HealthProbe;
import io.usdtcustody.localcloud.process.Await;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * SoftHSM2 tokens for this run, standing in for CloudHSM: a hot token (chain keys, approvals, receipts) and a
 * separate cold token. The token folder and configuration live in the state folder, so runs never share keys.
 * PINs are random per run and written only to a 0600 secrets file, the local counterpart of a secret store.
 */
public final class SoftHsm implements CloudComponent {
    /** The token labels come from the catalogue, the one place the CDK services stack also reads. */
    public static final String HOT_TOKEN = ResourceCatalogue.CUSTODY.hsmTokens().get("HSM_HOT_TOKEN");
    public static final String COLD_TOKEN = ResourceCatalogue.CUSTODY.hsmTokens().get("HSM_COLD_TOKEN");
    private static final List<Path> LIBRARY_CANDIDATES = List.of(
            Path.of("/usr/lib/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so"),
            Path.of("/usr/local/lib/softhsm/libsofthsm2.so"));

    private final Path config;
    private final Path library;
    private final Path pinFile;

    private SoftHsm(Path config, Path library, Path pinFile) {
        this.config = config;
        this.library = library;
        this.pinFile = pinFile;
    }

    public static SoftHsm start(Path stateDir, SecureRandom random) {
        Path library = LIBRARY_CANDIDATES.stream().filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "SoftHSM2 is not installed (no libsofthsm2.so): ./platform up installs the softhsm2 package"));
        try {
            Path root = Files.createDirectories(stateDir.resolve("softhsm"));
            Path tokens = Files.createDirectories(root.resolve("tokens"));
            Path config = root.resolve("softhsm2.conf");
            Files.writeString(config, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\n"
                    + "log.level = ERROR\nslots.removable = false\n");
            Path secrets = Files.createDirectories(stateDir.resolve("secrets"));
            Path pinFile = secrets.resolve("hsm-pins.properties");
            Map<String, String> pins = new LinkedHashMap<>();
            for (String label : List.of(HOT_TOKEN, COLD_TOKEN)) {
                String soPin = randomPin(random);
                String userPin = randomPin(random);
                run(config, List.of("softhsm2-util", "--init-token", "--free", "--label", label,
                        "--so-pin", soPin, "--pin", userPin));
                pins.put(label + ".pin", userPin);
            }
            StringBuilder text = new StringBuilder("# user PINs of this run's SoftHSM2 tokens; never log or commit\n");
            pins.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
            Files.deleteIfExists(pinFile);
            Files.createFile(pinFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(pinFile, text);
            SoftHsm hsm = new SoftHsm(config, library, pinFile);
            Await.until("SoftHSM2 tokens", Duration.ofSeconds(10), hsm::healthy, () -> "");
            return hsm;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare SoftHSM2 tokens", e);
        }
    }

    private static String randomPin(SecureRandom random) {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String run(Path config, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().put("SOFTHSM2_CONF", config.toString());
        try {
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                // the output names the failing step; the command line (with PINs) is deliberately not echoed
                throw new IllegalStateException(command.get(0) + " " + command.get(1) + " failed: "
                        + new String(out, StandardCharsets.UTF_8).strip());
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0)
                    + ": ./platform up installs the softhsm2 package", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public Path config() {
        return config;
    }

    public Path library() {
        return library;
    }

    public Path pinFile() {
        return pinFile;
    }

    @Override
    public String name() {
        return "hsm";
    }

    @Override
    public String endpoint() {
        return "pkcs11:" + library + " (SOFTHSM2_CONF=" + config + ")";
    }

    @Override
    public boolean healthy() {
        return HealthProbe.softHsm(config, List.of(HOT_TOKEN, COLD_TOKEN));
    }

    @Override
    public Map<String, String> environment() {
        return Map.of("SOFTHSM2_CONF", config.toString(),
                "PKCS11_LIBRARY", library.toString(),
                "HSM_PIN_FILE", pinFile.toString(),
                "HSM_HOT_TOKEN", HOT_TOKEN,
                "HSM_COLD_TOKEN", COLD_TOKEN);
    }

    @Override
    public Map<String, Long> pids() {
        return Map.of();
    }

    @Override
    public void close() {
        // tokens are files in the state folder; they go with it
    }
}
