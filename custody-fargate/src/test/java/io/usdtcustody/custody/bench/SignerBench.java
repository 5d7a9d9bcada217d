package io.usdtcustody.custody.bench;

import io.usdtcustody.custody.keyvault.KeyCurve;
import io.usdtcustody.custody.keyvault.KeyLabel;
import io.usdtcustody.custody.keyvault.adapter.FilePinSource;
import io.usdtcustody.custody.keyvault.adapter.Pkcs11Config;
import io.usdtcustody.custody.keyvault.adapter.Pkcs11KeyVault;
import io.usdtcustody.localcloud.LocalCloud;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.launcher.ServiceProcess;
import io.usdtcustody.localcloud.process.Ports;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * {@code ./platform bench signer}: signatures per second over random 32-byte digests, every path in one run —
 * <ol>
 *   <li>the <b>signer service</b>: custody's {@code POST /v1/signatures/receipts} over HTTP (P-256 receipt key in
 *       the hot SoftHSM2 token), what the receipts function calls;</li>
 *   <li><b>raw PKCS#11 in-process</b>: custody's key vault on the same token, secp256k1 (the chain keys) and
 *       P-256;</li>
 *   <li><b>BouncyCastle in-process</b> (the anchor): RFC 6979 signatures with the key in memory, both curves;</li>
 * </ol>
 * then <b>withdrawals per second end to end</b> on the local chain: {@link WithdrawalLoad}.
 * SoftHSM2 reads {@code SOFTHSM2_CONF} only from the process environment, so the in-process paths run in a child
 * JVM with the token's environment (as the service does under {@code up}).
 * Arguments: {@code [threads=2] [warmupSeconds=3] [measureSeconds=10] [withdrawals=200]}.
 */
public final class SignerBench {
    private SignerBench() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int measure = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int withdrawals = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        Path state = Files.createTempDirectory("signer-bench");
        try (LocalCloud cloud = new LocalCloud(ProjectLayout.locate(), state, Map.of())) {
            cloud.ensure(EnumSet.of(LocalCloud.Service.DYNAMODB, LocalCloud.Service.KINESIS, LocalCloud.Service.HSM,
                    LocalCloud.Service.EVM));
            ResourceNaming naming = new ResourceNaming("bench-");
            cloud.bootstrap(naming);
            Map<String, Double> results = new LinkedHashMap<>(inProcess(cloud, threads, warmup, measure));

            Map<String, String> environment = new HashMap<>(cloud.environment());
            environment.put(ResourceNaming.ENVIRONMENT_VARIABLE, naming.prefix());
            environment.put("CUSTODY_WITHDRAWALS_CONFIRMATIONS", "1");
            environment.put("CUSTODY_WITHDRAWALS_SEND_INTERVAL", "50ms");
            try (ServiceProcess custody = ServiceProcess.start(cloud.layout(), ResourceCatalogue.CUSTODY,
                    Ports.freeOr(0), environment, state)) {
                HttpClient http = HttpClient.newHttpClient();
                URI sign = URI.create(custody.endpoint() + "/v1/signatures/receipts");
                results.put("P-256 signer service (HTTP)", LoadRun.run("signer service", threads, warmup, measure, () -> {
                    byte[] digest = new byte[32];
                    ThreadLocalRandom.current().nextBytes(digest);
                    HttpResponse<String> response = send(http, HttpRequest.newBuilder(sign)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"digest\":\"" + HexFormat.of().formatHex(digest) + "\"}"))
                            .build());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("the signer service answered " + response.statusCode());
                    }
                    return 0;
                }).opsPerSecond());
                report(threads, measure, results);
                WithdrawalLoad.Result load = new WithdrawalLoad(cloud, naming, custody.endpoint()).run(withdrawals);
                System.out.printf("%nwithdrawals end to end on the local chain: %d withdrawals, %.1f s from the first "
                                + "request to the last CONFIRMED: %.1f withdrawals/s (p50 %.0f ms, max %.0f ms "
                                + "request-to-confirmed)%n", load.count(), load.seconds(), load.count() / load.seconds(),
                        load.p50Millis(), load.maxMillis());
            }
        }
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("the signer service is unreachable", e);
        }
    }

    private static void report(int threads, int measure, Map<String, Double> r) {
        System.out.printf("%nsigner benchmark: %d threads, %d s measured per path, one run%n", threads, measure);
        r.forEach((name, ops) -> System.out.printf("  %-40s %9.0f signatures/s%n", name, ops));
        double bcK1 = r.get("secp256k1 BouncyCastle in-process (anchor)");
        double bcP256 = r.get("P-256 BouncyCastle in-process (anchor)");
        System.out.printf("  secp256k1: PKCS#11 = %.2f x BouncyCastle%n", r.get("secp256k1 PKCS#11 key vault") / bcK1);
        System.out.printf("  P-256:     PKCS#11 = %.2f x BouncyCastle; signer service = %.2f x BouncyCastle, %.2f x PKCS#11%n",
                r.get("P-256 PKCS#11 key vault") / bcP256, r.get("P-256 signer service (HTTP)") / bcP256,
                r.get("P-256 signer service (HTTP)") / r.get("P-256 PKCS#11 key vault"));
    }

    /** Runs {@link Child} with the token's environment and reads its results. */
    private static Map<String, Double> inProcess(LocalCloud cloud, int threads, int warmup, int measure) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g",
                "--add-exports=jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Child.class.getName(),
                Integer.toString(threads), Integer.toString(warmup), Integer.toString(measure)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(cloud.environment());
        Process child = builder.start();
        Map<String, Double> results = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT|")) {
                    String[] parts = line.split("\\|");
                    results.put(parts[1], Double.parseDouble(parts[2]));
                } else {
                    System.out.println(line);
                }
            }
        }
        if (child.waitFor() != 0) {
            throw new IllegalStateException("the in-process measurement failed");
        }
        return results;
    }

    /** The in-process paths, in a JVM whose environment points at the SoftHSM2 token. */
    public static final class Child {
        private Child() {
        }

        public static void main(String[] args) throws Exception {
            int threads = Integer.parseInt(args[0]);
            int warmup = Integer.parseInt(args[1]);
            int measure = Integer.parseInt(args[2]);
            Map<String, String> env = System.getenv();
            Pkcs11KeyVault vault = Pkcs11KeyVault.open(Pkcs11Config.fromEnvironment(env, "HSM_HOT_TOKEN",
                    FilePinSource.fromEnvironment(env)), Clock.systemUTC());
            String suffix = Long.toHexString(new SecureRandom().nextLong());
            KeyLabel k1 = KeyLabel.of("bench-k1-" + suffix);
            KeyLabel p256 = KeyLabel.of("bench-p256-" + suffix);
            vault.generate(k1, KeyCurve.SECP256K1);
            vault.generate(p256, KeyCurve.P256);
            ECKeyPair memoryK1 = Keys.createEcKeyPair();

            result("secp256k1 PKCS#11 key vault", LoadRun.run("pkcs11-k1", threads, warmup, measure, () -> {
                vault.signDigest(k1, randomDigest());
                return 0;
            }).opsPerSecond());
            result("secp256k1 BouncyCastle in-process (anchor)", LoadRun.run("bc-k1", threads, warmup, measure, () -> {
                Sign.signMessage(randomDigest(), memoryK1, false);
                return 0;
            }).opsPerSecond());
            result("P-256 PKCS#11 key vault", LoadRun.run("pkcs11-p256", threads, warmup, measure, () -> {
                vault.signDigest(p256, randomDigest());
                return 0;
            }).opsPerSecond());
            ThreadLocal<ECDSASigner> signers = ThreadLocal.withInitial(() -> rfc6979(KeyCurve.P256));
            result("P-256 BouncyCastle in-process (anchor)", LoadRun.run("bc-p256", threads, warmup, measure, () -> {
                signers.get().generateSignature(randomDigest());
                return 0;
            }).opsPerSecond());
        }

        private static ECDSASigner rfc6979(KeyCurve curve) {
            var parameters = curve.parameters();
            ECDomainParameters domain = new ECDomainParameters(parameters.getCurve(), parameters.getG(),
                    parameters.getN(), parameters.getH());
            BigInteger d = new BigInteger(256, new SecureRandom()).mod(parameters.getN().subtract(BigInteger.ONE))
                    .add(BigInteger.ONE);
            ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
            signer.init(true, new ECPrivateKeyParameters(d, domain));
            return signer;
        }

        private static void result(String name, double opsPerSecond) {
            System.out.println("RESULT|" + name + "|" + opsPerSecond);
        }

        private static byte[] randomDigest() {
            byte[] digest = new byte[32];
            ThreadLocalRandom.current().nextBytes(digest);
            return digest;
        }
    }
}
