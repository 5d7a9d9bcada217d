package io.usdtcustody.custody.bench;

import io.usdtcustody.custody.keyvault.KeyCurve;
import io.usdtcustody.custody.keyvault.KeyLabel;
import io.usdtcustody.custody.keyvault.adapter.FilePinSource;
import io.usdtcustody.custody.keyvault.adapter.Pkcs11Config;
import io.usdtcustody.custody.keyvault.adapter.Pkcs11KeyVault;
import io.usdtcustody.localcloud.LocalCloud;
import io.usdtcustody.localcloud.ProjectLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * {@code ./platform bench signer}: secp256k1 signatures per second, measured in one run, through
 * <ol>
 *   <li>raw PKCS#11 in-process: the key vault on the local SoftHSM2 token (NONEwithECDSA in the token, low-s and
 *       recovery id in Java) — what custody's signer does;</li>
 *   <li>BouncyCastle in-process (through web3j: RFC 6979 signature and recovery id, key in memory) — the anchor:
 *       what signing costs when the key is not protected at all.</li>
 * </ol>
 * SoftHSM2 reads {@code SOFTHSM2_CONF} only from the process environment, so the parent starts the token and
 * the measurement runs in a child JVM with the token's environment (as the service does under {@code up}).
 * Arguments: {@code [threads=2] [warmupSeconds=3] [measureSeconds=10]}.
 */
public final class SignerBench {
    private SignerBench() {
    }

    public static void main(String[] args) throws Exception {
        Path state = Files.createTempDirectory("signer-bench");
        try (LocalCloud cloud = new LocalCloud(ProjectLayout.locate(), state, Map.of())) {
            cloud.ensure(EnumSet.of(LocalCloud.Service.HSM));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx1g",
                    "--add-exports=jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED",
                    "-cp", System.getProperty("java.class.path"), Child.class.getName()));
            command.addAll(List.of(args));
            ProcessBuilder child = new ProcessBuilder(command).inheritIO();
            child.environment().putAll(cloud.environment());
            int exit = child.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("the measurement process failed with exit code " + exit);
            }
        }
    }

    /** The measurement, in a JVM whose environment points at the SoftHSM2 token. */
    public static final class Child {
        private Child() {
        }

        private static byte[] randomDigest() {
            byte[] digest = new byte[32];
            java.util.concurrent.ThreadLocalRandom.current().nextBytes(digest);
            return digest;
        }

        public static void main(String[] args) throws Exception {
            int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
            int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
            int measure = args.length > 2 ? Integer.parseInt(args[2]) : 10;
            Map<String, String> env = System.getenv();
            Pkcs11KeyVault vault = Pkcs11KeyVault.open(Pkcs11Config.fromEnvironment(env, "HSM_HOT_TOKEN",
                    FilePinSource.fromEnvironment(env)), Clock.systemUTC());
            KeyLabel label = KeyLabel.of("bench-" + Long.toHexString(new SecureRandom().nextLong()));
            vault.generate(label, KeyCurve.SECP256K1);
            ECKeyPair memoryKey = Keys.createEcKeyPair();

            double hsm = LoadRun.run("PKCS#11 key vault (SoftHSM2)", threads, warmup, measure, () -> {
                vault.signDigest(label, randomDigest());
                return 0;
            }).opsPerSecond();
            double bc = LoadRun.run("BouncyCastle in-process (anchor)", threads, warmup, measure, () -> {
                Sign.signMessage(randomDigest(), memoryKey, false);
                return 0;
            }).opsPerSecond();
            System.out.printf("%nsigner benchmark: secp256k1, %d threads, %d s measured per path, one JVM%n", threads, measure);
            System.out.printf("  %-36s %9.0f signatures/s%n", "PKCS#11 key vault (SoftHSM2)", hsm);
            System.out.printf("  %-36s %9.0f signatures/s%n", "BouncyCastle in-process (anchor)", bc);
            System.out.printf("  PKCS#11 = %.2f x BouncyCastle%n", hsm / bc);
            System.out.println("  signer service over HTTP: not measured yet (the signing worker is not built)");
        }

    }
}
