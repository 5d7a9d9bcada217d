package io.usdtcustody.functions.kyc;

import io.usdtcustody.functions.common.Lazy;
import io.usdtcustody.functions.common.LambdaClients;
import io.usdtcustody.functions.common.idempotency.Idempotency;
import io.usdtcustody.functions.common.idempotency.adapter.DynamoDbIdempotencyStore;
import io.usdtcustody.functions.common.idempotency.port.IdempotencyStore;
import io.usdtcustody.functions.common.telemetry.FunctionTelemetry;
import io.usdtcustody.functions.common.telemetry.MetricsRecorder;
import io.usdtcustody.functions.common.telemetry.PowertoolsMetricsRecorder;
import io.usdtcustody.functions.kyc.api.KycRoutes;
import io.usdtcustody.functions.kyc.cases.adapter.DynamoDbKycCaseStore;
import io.usdtcustody.functions.kyc.cases.port.KycCaseStore;
import io.usdtcustody.functions.kyc.lifecycle.CaseDecider;
import io.usdtcustody.functions.kyc.lifecycle.KycCases;
import io.usdtcustody.functions.kyc.risk.CountryRiskLists;
import io.usdtcustody.functions.kyc.risk.RiskModel;
import io.usdtcustody.functions.kyc.risk.RiskScorer;
import io.usdtcustody.functions.kyc.screening.SanctionsScreening;
import io.usdtcustody.functions.kyc.secrets.SecretSource;
import io.usdtcustody.functions.kyc.secrets.SecretsManagerSecrets;
import io.usdtcustody.functions.kyc.vendor.HttpKycVendor;
import io.usdtcustody.functions.kyc.vendor.KycVendor;
import io.usdtcustody.functions.kyc.vendor.VendorWebhook;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.ids.IdGenerator;
import io.usdtcustody.model.ids.UuidV7Generator;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.screening.list.OfacCsvLists;
import io.usdtcustody.screening.search.NameScreen;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The KYC function put together by hand, once per execution environment (no DI container: cold start).
 * {@link #fromEnvironment} is production: one DynamoDB client on the URL-connection HTTP client, the case store
 * on the customers table, idempotency on the idempotency table, the vendor over HTTP and its webhook verifier
 * ({@link KycConfiguration}; the token and secret from Secrets Manager in AWS), the sanctions screen of the OFAC list in the jar (built on first use, or by the
 * SnapStart priming hook), the default risk model, EMF metrics. {@link #of} lets tests pass fakes of every port.
 */
public record KycWiring(KycRoutes routes, FunctionTelemetry telemetry, KycCases cases, SanctionsScreening screening,
                        JsonCodec codec) {
    public static final String SERVICE = "kyc";
    private static final Logger LOG = LoggerFactory.getLogger(KycWiring.class);
    /** One short-lived daemon thread per use: no pool outlives init (or lands in a SnapStart snapshot busy). */
    private static final Executor INIT_THREAD = task -> {
        Thread thread = new Thread(task, "kyc-init");
        thread.setDaemon(true);
        thread.start();
    };

    /** The ports and sources the function runs on. */
    public record Ports(KycCaseStore store, IdempotencyStore idempotency, KycVendor vendor, VendorWebhook webhook,
                        Supplier<NameScreen> screens, MetricsRecorder metrics, IdGenerator ids, Clock clock) {
    }

    /** The function for {@code environment} (Lambda's own in AWS, the local cloud's under the local gateway). */
    public static KycWiring fromEnvironment(Map<String, String> environment) {
        // Jackson's databind (the codec, ~130 ms of class loading with the C1-only JIT) and the SDK client (~250 ms)
        // share nothing: build them side by side, which shortens a cold start wherever init gets a second core
        CompletableFuture<JsonCodec> warmCodec = CompletableFuture.supplyAsync(KycWiring::warmCodec, INIT_THREAD);
        LambdaClients clients = LambdaClients.fromEnvironment();
        DynamoDbClient dynamoDb = clients.dynamoDb();
        KycConfiguration configuration = configuration(environment, dynamoDb);
        JsonCodec codec = warmCodec.join();
        // with the codec's thread done, the prebuilt sanctions screen is read on a second thread (no clock, no random
        // number, no connection), so the first name screen finds it ready; reads never wait for it
        NameScreen.prefetchShipped();
        Clock clock = Clock.systemUTC();
        MetricsRecorder metrics = new PowertoolsMetricsRecorder(SERVICE);
        // the random source is made on first use: a SnapStart snapshot must not carry one seeded before it
        Lazy<IdGenerator> ids = new Lazy<>(() -> new UuidV7Generator(clock, new SecureRandom()));
        Ports ports = new Ports(
                new DynamoDbKycCaseStore(dynamoDb, clients.naming().table(ResourceCatalogue.CUSTOMERS), codec),
                new DynamoDbIdempotencyStore(dynamoDb, clients.naming().table(ResourceCatalogue.IDEMPOTENCY)),
                new HttpKycVendor(configuration.vendorName(), configuration.vendorUrl(), configuration.vendorApiToken(),
                        codec),
                new VendorWebhook(configuration.vendorName(), configuration.webhookSecret(), codec),
                () -> timedScreenBuild(metrics), metrics, () -> ids.get().nextId(), clock);
        return of(ports, codec, environment);
    }

    public static KycWiring of(Ports ports, JsonCodec codec, Map<String, String> environment) {
        SanctionsScreening screening = new SanctionsScreening(ports.screens());
        KycCases cases = new KycCases(ports.store(), ports.vendor(), screening,
                new CaseDecider(new RiskScorer(RiskModel.defaults(), CountryRiskLists.defaults())), ports.clock(),
                ports.ids());
        KycRoutes routes = new KycRoutes(cases, ports.webhook(), screening,
                new Idempotency(ports.idempotency(), ports.clock()), codec, ports.metrics(), ports.clock());
        return new KycWiring(routes, new FunctionTelemetry(SERVICE, ports.metrics(), environment), cases, screening,
                codec);
    }

    /**
     * The settings, with the vendor's token and webhook secret read from Secrets Manager where the stack names
     * them (in AWS), else from the environment (locally); the Secrets Manager client is built only then, and closed
     * once read, so no connection outlives init.
     */
    static KycConfiguration configuration(Map<String, String> environment, DynamoDbClient like) {
        Lazy<SecretsManagerClient> secretsManager = new Lazy<>(() -> SecretsManagerSecrets.clientLike(like));
        try {
            return KycConfiguration.from(environment, SecretSource.fromEnvironment(environment, secretsManager));
        } finally {
            if (secretsManager.isBuilt()) {
                secretsManager.get().close();
            }
        }
    }

    /** The codec, used once, so the classes of reading, writing and problem bodies are loaded. */
    private static JsonCodec warmCodec() {
        JsonCodec codec = new JsonCodec();
        codec.write(codec.readTree("{\"state\":\"OPEN\",\"documents\":[]}".getBytes(StandardCharsets.UTF_8)));
        return codec;
    }

    private static NameScreen timedScreenBuild(MetricsRecorder metrics) {
        long started = System.nanoTime();
        NameScreen screen = NameScreen.of(OfacCsvLists.fromClasspath());
        long millis = (System.nanoTime() - started) / 1_000_000;
        metrics.milliseconds("ScreenLoadMillis", millis);
        LOG.info("sanctions screen built from {} in {} ms", screen.list().source(), millis);
        return screen;
    }
}
