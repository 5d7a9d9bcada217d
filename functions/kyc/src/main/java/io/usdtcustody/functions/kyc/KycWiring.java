package io.usdtcustody.functions.kyc;

import io.usdtcustody.functions.common.LambdaClients;
import io.usdtcustody.functions.common.idempotency.Idempotency;
import io.usdtcustody.functions.common.idempotency.adapter.DynamoDbIdempotencyStore;
import io.usdtcustody.functions.kyc.api.KycRoutes;
import io.usdtcustody.functions.kyc.api.RequestLog;
import io.usdtcustody.functions.kyc.cases.adapter.DynamoDbKycCaseStore;
import io.usdtcustody.functions.kyc.cases.port.KycCaseStore;
import io.usdtcustody.functions.kyc.lifecycle.CaseDecider;
import io.usdtcustody.functions.kyc.lifecycle.KycCases;
import io.usdtcustody.functions.kyc.risk.CountryRiskLists;
import io.usdtcustody.functions.kyc.risk.RiskModel;
import io.usdtcustody.functions.kyc.risk.RiskScorer;
import io.usdtcustody.functions.kyc.screening.OnceLoaded;
import io.usdtcustody.functions.kyc.screening.SanctionsScreening;
import io.usdtcustody.functions.kyc.vendor.HttpKycVendor;
import io.usdtcustody.functions.kyc.vendor.KycVendor;
import io.usdtcustody.functions.kyc.vendor.VendorWebhook;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.ids.UuidV7Generator;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.screening.list.OfacCsvLists;
import io.usdtcustody.screening.search.NameScreen;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds the KYC function by hand (no DI container: cold start): one codec, one DynamoDB client on the
 * URL-connection HTTP client, the case store on the customers table, idempotency on the idempotency table, the
 * vendor over HTTP, its webhook verifier, the sanctions screen of the OFAC list shipped in the jar (built on first
 * use, or at init with {@value #PRIME_SCREEN}), the default risk model.
 */
public record KycWiring(KycRoutes routes, KycCases cases, KycCaseStore store, SanctionsScreening screening) {
    /**
     * {@code true}: build the sanctions screen during init (about 2 s) instead of on first use. For SnapStart,
     * where init runs once before the snapshot and every restored environment starts with the screen built.
     */
    public static final String PRIME_SCREEN = "KYC_PRIME_SANCTIONS_SCREEN";

    /** The function for {@code environment}: Lambda's own in AWS, the local cloud's under the local gateway. */
    public static KycWiring fromEnvironment(Map<String, String> environment) {
        KycConfiguration configuration = KycConfiguration.from(environment);
        LambdaClients clients = environment == System.getenv() ? LambdaClients.fromEnvironment()
                : new LambdaClients(environment);
        JsonCodec codec = new JsonCodec();
        DynamoDbClient dynamoDb = clients.dynamoDb();
        KycCaseStore store = new DynamoDbKycCaseStore(dynamoDb,
                clients.naming().table(ResourceCatalogue.CUSTOMERS), codec);
        KycVendor vendor = new HttpKycVendor(configuration.vendorName(), configuration.vendorUrl(),
                configuration.vendorApiToken(), codec);
        SanctionsScreening screening = new SanctionsScreening(
                new OnceLoaded<>(() -> NameScreen.of(OfacCsvLists.fromClasspath())));
        if (Boolean.parseBoolean(environment.get(PRIME_SCREEN))) {
            screening.prime(); // with SnapStart: the snapshot then holds the built screen (pure data, no time)
        }
        Clock clock = Clock.systemUTC();
        Idempotency idempotency = new Idempotency(new DynamoDbIdempotencyStore(dynamoDb,
                clients.naming().table(ResourceCatalogue.IDEMPOTENCY)), clock);
        return of(store, vendor, new VendorWebhook(configuration.vendorName(), configuration.webhookSecret(), codec),
                screening, idempotency, codec, clock);
    }

    /** The function over the given adapters (tests pass fakes of the ports and their own clock). */
    public static KycWiring of(KycCaseStore store, KycVendor vendor, VendorWebhook webhook,
                               SanctionsScreening screening, Idempotency idempotency, JsonCodec codec, Clock clock) {
        KycCases cases = new KycCases(store, vendor, screening,
                new CaseDecider(new RiskScorer(RiskModel.defaults(), CountryRiskLists.defaults())), clock,
                new UuidV7Generator(clock, new SecureRandom()));
        KycRoutes routes = new KycRoutes(cases, webhook, screening, idempotency, codec, clock,
                new RequestLog(System.out::println));
        return new KycWiring(routes, cases, store, screening);
    }
}
