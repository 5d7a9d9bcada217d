package io.usdtcustody.custody.keyvault.adapter;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The HSM as the local cloud describes it to a process ({@code SOFTHSM2_CONF}, {@code PKCS11_LIBRARY},
 * {@code HSM_PIN_FILE}, {@code HSM_HOT_TOKEN}, {@code HSM_COLD_TOKEN}), for tests that run inside
 * {@link HsmTestProcess}. Outside such a process these tests are skipped.
 */
final class SoftHsmEnvironment {
    static final String HOT = "HSM_HOT_TOKEN";
    static final String COLD = "HSM_COLD_TOKEN";

    private SoftHsmEnvironment() {
    }

    static void assumePresent() {
        Map<String, String> environment = System.getenv();
        assumeTrue(List.of("SOFTHSM2_CONF", "PKCS11_LIBRARY", "HSM_PIN_FILE", HOT, COLD).stream()
                .allMatch(environment::containsKey), "runs in the HSM process that Pkcs11KeyVaultIT starts");
    }

    static Pkcs11Config config(String tokenVariable) {
        return Pkcs11Config.fromEnvironment(System.getenv(), tokenVariable, FilePinSource.fromEnvironment(System.getenv()));
    }

    /**
     * {@code pkcs11-tool --list-objects --type privkey} on the token, logged in with the PIN read from the PIN
     * file here in the test (the command line is never printed).
     */
    static String listPrivateKeyObjects(String tokenVariable) throws Exception {
        return listObjects(tokenVariable, "privkey");
    }

    /** {@code pkcs11-tool --list-objects --type <type>} ({@code privkey}, {@code secrkey}, ...), as above. */
    static String listObjects(String tokenVariable, String type) throws Exception {
        Pkcs11Config config = config(tokenVariable);
        char[] pin = config.pinSource().pin(config.tokenLabel());
        Process tool;
        try {
            tool = new ProcessBuilder("pkcs11-tool", "--module", config.library().toString(), "--token-label",
                    config.tokenLabel(), "--login", "--pin", new String(pin), "--list-objects", "--type", type)
                    .redirectErrorStream(true).start();
        } finally {
            Arrays.fill(pin, '\0');
        }
        String output = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!tool.waitFor(30, TimeUnit.SECONDS) || tool.exitValue() != 0) {
            throw new AssertionError("pkcs11-tool failed: " + output);
        }
        return output;
    }
}
