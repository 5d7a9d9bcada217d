package io.usdtcustody.functions.onboarding;

import io.usdtcustody.functions.common.Lazy;
import io.usdtcustody.functions.common.LambdaClients;
import io.usdtcustody.functions.common.idempotency.Idempotency;
import io.usdtcustody.functions.common.idempotency.adapter.DynamoDbIdempotencyStore;
import io.usdtcustody.functions.common.telemetry.FunctionTelemetry;
import io.usdtcustody.functions.common.telemetry.MetricsRecorder;
import io.usdtcustody.functions.common.telemetry.PowertoolsMetricsRecorder;
import io.usdtcustody.functions.onboarding.api.OnboardingRoutes;
import io.usdtcustody.functions.onboarding.consent.ConsentService;
import io.usdtcustody.functions.onboarding.consent.port.ConsentStore;
import io.usdtcustody.functions.onboarding.consent.adapter.DynamoDbConsentStore;
import io.usdtcustody.functions.onboarding.custody.CustomerAccounts;
import io.usdtcustody.functions.onboarding.custody.adapter.HttpCustodyAccounts;
import io.usdtcustody.functions.onboarding.custody.port.CustodyAccounts;
import io.usdtcustody.functions.onboarding.customer.CustomerService;
import io.usdtcustody.functions.onboarding.customer.adapter.DynamoDbCustomerStore;
import io.usdtcustody.functions.onboarding.customer.port.CustomerStore;
import io.usdtcustody.functions.onboarding.profile.ProfileService;
import io.usdtcustody.functions.onboarding.profile.adapter.DynamoDbProfileStore;
import io.usdtcustody.functions.onboarding.profile.port.ProfileStore;
import io.usdtcustody.functions.onboarding.screening.CustomerScreening;
import io.usdtcustody.functions.common.idempotency.port.IdempotencyStore;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.ids.IdGenerator;
import io.usdtcustody.model.ids.UuidV7Generator;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.screening.list.OfacCsvLists;
import io.usdtcustody.screening.search.NameScreen;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The onboarding function put together by hand, once per execution environment (no DI container: nothing to
 * scan or reflect on at cold start). {@link #fromEnvironment} is production: one DynamoDB client on the
 * URL-connection HTTP client, tables named by {@code RESOURCE_PREFIX}, custody at {@code CUSTODY_SERVICE_URL},
 * the system clock, and EMF metrics; {@link #of} lets tests pass fakes for every port.
 */
public record OnboardingWiring(OnboardingRoutes routes, FunctionTelemetry telemetry, CustomerScreening screening,
                               JsonCodec codec) {
    public static final String SERVICE = "onboarding";
    public static final String CUSTODY_URL_VARIABLE = "CUSTODY_SERVICE_URL";
    private static final Logger LOG = LoggerFactory.getLogger(OnboardingWiring.class);

    /** The ports and sources the function runs on. */
    public record Ports(CustomerStore customers, ProfileStore profiles, ConsentStore consents,
                        IdempotencyStore idempotency, CustodyAccounts custody, Supplier<NameScreen> screens,
                        MetricsRecorder metrics, IdGenerator ids, Clock clock) {
    }

    public static OnboardingWiring fromEnvironment(Map<String, String> environment) {
        // the prebuilt sanctions screen is read on a second thread while the SDK client loads (no clock, no random
        // number, no connection), so the first create finds it ready; reads never wait for it
        NameScreen.prefetchShipped();
        LambdaClients clients = LambdaClients.fromEnvironment();
        DynamoDbClient dynamoDb = clients.dynamoDb();
        ResourceNaming naming = clients.naming();
        String customers = naming.table(ResourceCatalogue.CUSTOMERS);
        JsonCodec codec = new JsonCodec();
        Clock clock = Clock.systemUTC();
        MetricsRecorder metrics = new PowertoolsMetricsRecorder(SERVICE);
        // the random source is made on first use: a SnapStart snapshot must not carry one seeded before it
        Lazy<IdGenerator> ids = new Lazy<>(() -> new UuidV7Generator(clock, new SecureRandom()));
        Ports ports = new Ports(new DynamoDbCustomerStore(dynamoDb, customers),
                new DynamoDbProfileStore(dynamoDb, customers), new DynamoDbConsentStore(dynamoDb, customers),
                new DynamoDbIdempotencyStore(dynamoDb, naming.table(ResourceCatalogue.IDEMPOTENCY)),
                new HttpCustodyAccounts(URI.create(environment.getOrDefault(CUSTODY_URL_VARIABLE, "http://custody.invalid/")),
                        codec),
                () -> timedScreenBuild(metrics), metrics, () -> ids.get().nextId(), clock);
        return of(ports, codec, environment);
    }

    public static OnboardingWiring of(Ports ports, JsonCodec codec, Map<String, String> environment) {
        CustomerScreening screening = new CustomerScreening(ports.screens());
        OnboardingRoutes.Services services = new OnboardingRoutes.Services(
                new CustomerService(ports.customers(), screening, ports.clock()),
                new ProfileService(ports.profiles(), ports.clock()),
                new ConsentService(ports.consents(), ports.ids(), ports.clock()),
                new CustomerAccounts(ports.custody(), ports.customers()));
        OnboardingRoutes routes = new OnboardingRoutes(services, new Idempotency(ports.idempotency(), ports.clock()),
                ports.ids(), codec, ports.metrics(), ports.clock());
        return new OnboardingWiring(routes, new FunctionTelemetry(SERVICE, ports.metrics(), environment), screening,
                codec);
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
