package io.usdtcustody.functions.kyc;

import io.usdtcustody.functions.common.LambdaClients;
import io.usdtcustody.functions.common.Lazy;
import io.usdtcustody.functions.kyc.cases.adapter.DynamoDbKycCaseStore;
import io.usdtcustody.functions.kyc.cases.adapter.DynamoDbPeriodicReviewStore;
import io.usdtcustody.functions.kyc.lifecycle.PeriodicReview;
import io.usdtcustody.functions.kyc.lists.ListUpdate;
import io.usdtcustody.functions.kyc.lists.SanctionsLists;
import io.usdtcustody.functions.kyc.lists.adapter.DynamoDbAppliedList;
import io.usdtcustody.functions.kyc.lists.adapter.SignedHttpS3Objects;
import io.usdtcustody.functions.kyc.secrets.SecretSource;
import io.usdtcustody.functions.kyc.secrets.SecretsManagerSecrets;
import io.usdtcustody.functions.kyc.vendor.HttpKycVendor;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.json.JsonCodec;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The KYC jobs function ({@code ResourceCatalogue.KYC_SCHEDULED}) put together by hand: the case stores on the
 * customers table, the vendor over HTTP with its API token (Secrets Manager in AWS; the jobs never see the webhook
 * secret), list versions from the sanctions-lists bucket through signed GETs, the applied version beside the cases,
 * the system clock. The list update alone ({@link #listUpdate}) is what the command line uses.
 */
public final class ScheduledKycWiring {
    private ScheduledKycWiring() {
    }

    /** The jobs in Lambda: its environment, and the SDK's default credentials chain (which re-reads them). */
    public static ScheduledJobs fromEnvironment() {
        return fromEnvironment(System.getenv(), LambdaClients.fromEnvironment());
    }

    /** The jobs for {@code environment} with its clients (a test's or the local cloud's). */
    public static ScheduledJobs fromEnvironment(Map<String, String> environment, LambdaClients clients) {
        DynamoDbClient dynamoDb = clients.dynamoDb();
        JsonCodec codec = new JsonCodec();
        Clock clock = Clock.systemUTC();
        String table = clients.naming().table(ResourceCatalogue.CUSTOMERS);
        KycConfiguration.VendorApi vendor = vendorApi(environment, dynamoDb);
        PeriodicReview review = new PeriodicReview(new DynamoDbPeriodicReviewStore(dynamoDb, table, codec),
                new HttpKycVendor(vendor.name(), vendor.url(), vendor.apiToken(), codec), clock);
        return new ScheduledJobs(review, listUpdate(environment, dynamoDb, table, codec, clock));
    }

    /** Re-screening on a list update, wherever the lists are (the jar, a folder, the bucket). */
    public static ListUpdate listUpdate(Map<String, String> environment, DynamoDbClient dynamoDb, String table,
                                        JsonCodec codec, Clock clock) {
        return new ListUpdate(new SanctionsLists(SignedHttpS3Objects.like(dynamoDb, environment, clock)),
                new DynamoDbAppliedList(dynamoDb, table, clock), new DynamoDbKycCaseStore(dynamoDb, table, codec), clock);
    }

    private static KycConfiguration.VendorApi vendorApi(Map<String, String> environment, DynamoDbClient like) {
        Lazy<SecretsManagerClient> secretsManager = new Lazy<>(() -> SecretsManagerSecrets.clientLike(like));
        try {
            return KycConfiguration.VendorApi.from(environment, SecretSource.fromEnvironment(environment, secretsManager));
        } finally {
            closeIfBuilt(secretsManager);
        }
    }

    static void closeIfBuilt(Lazy<SecretsManagerClient> client) {
        if (client.isBuilt()) {
            client.get().close();
        }
    }
}
