package io.usdtcustody.functions.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.functions.common.LambdaClients;
import io.usdtcustody.functions.kyc.cases.CasePurpose;
import io.usdtcustody.functions.kyc.cases.CaseState;
import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.KycStanding;
import io.usdtcustody.functions.kyc.cases.adapter.DynamoDbKycCaseStore;
import io.usdtcustody.functions.kyc.fixture.ApprovedCustomers;
import io.usdtcustody.functions.kyc.fixture.CaseFixtures;
import io.usdtcustody.functions.kyc.fixture.Passports;
import io.usdtcustody.functions.kyc.fixture.TestSanctions;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.localcloud.kycvendor.SandboxKycVendor;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.tenancy.TenantId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The KYC jobs function's handler as Lambda runs it, on DynamoDB Local, S3Mock and the sandbox vendor over HTTP:
 * EventBridge's daily schedule event opens periodic reviews, and S3's Object Created event for a list version
 * marker re-screens through the same list update the command line runs.
 */
@LocalCloudTest({Service.DYNAMODB, Service.S3})
class ScheduledKycHandlerIT {
    private static final Instant DECIDED = Instant.parse("2024-07-01T10:00:00Z");
    private static SandboxKycVendor vendor;

    private final CloudResources cloud;
    private final DynamoDbKycCaseStore cases;
    private final String bucket;
    private final ScheduledKycHandler handler;

    ScheduledKycHandlerIT(CloudResources cloud) {
        this.cloud = cloud;
        this.cases = new DynamoDbKycCaseStore(cloud.dynamoDb(), cloud.naming().table(ResourceCatalogue.CUSTOMERS),
                new JsonCodec());
        this.bucket = cloud.naming().bucket(ResourceCatalogue.SANCTIONS_LISTS);
        this.handler = new ScheduledKycHandler(() -> ScheduledKycWiring.fromEnvironment(environment(),
                new LambdaClients(environment())));
    }

    @BeforeAll
    static void startVendor() {
        vendor = SandboxKycVendor.forLocalCloud(0);
    }

    @AfterAll
    static void stopVendor() {
        vendor.close();
    }

    @Test
    void handleRequest_shouldOpenOnePeriodicReviewAtTheVendorAndExpireTheStanding_whenTheScheduleFiresTwice()
            throws IOException {
        TenantId tenant = TenantId.of("periodic");
        givenVerified(tenant, "anna", LocalDate.of(2020, 1, 1));
        givenVerified(tenant, "bert", LocalDate.of(2999, 1, 1));
        String schedule = "{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\",\"detail\":{}}";

        String first = invoke(schedule);
        String second = invoke(schedule);

        assertThat(first).contains("\"reviewsOpened\":1", "\"failed\":0");
        assertThat(second).contains("\"reviewsOpened\":0");
        KycCase review = cases.casesOf(tenant, "anna").stream()
                .filter(c -> c.purpose() == CasePurpose.PERIODIC_REVIEW).findFirst().orElseThrow();
        assertThat(cases.casesOf(tenant, "anna")).filteredOn(c -> c.purpose() == CasePurpose.PERIODIC_REVIEW).hasSize(1);
        assertThat(review.state()).isEqualTo(CaseState.OPEN);
        assertThat(review.vendorApplicantId()).isPresent();
        assertThat(cases.find(tenant, review.caseId())).isPresent();
        KycStanding standing = cases.standing(tenant, "anna").orElseThrow();
        assertThat(standing.status()).isEqualTo(KycStandingStatus.EXPIRED);
        assertThat(standing.caseId()).isEqualTo(review.caseId());
        assertThat(cases.standing(tenant, "bert").orElseThrow().status()).isEqualTo(KycStandingStatus.VERIFIED);
    }

    @Test
    void handleRequest_shouldOpenOneSanctionsReview_whenAnUploadedVersionAddsAVerifiedCustomersName(
            @TempDir Path folder) throws IOException {
        TenantId tenant = TenantId.of("rescreen");
        givenVerified(tenant, "anna", LocalDate.of(2999, 1, 1));
        upload("ofac/v1/", TestSanctions.writeTo(Files.createDirectories(folder.resolve("v1")), false));
        upload("ofac/v2/", TestSanctions.writeTo(Files.createDirectories(folder.resolve("v2")), true));

        String cli = rescreenMain("--current", "s3://" + bucket + "/ofac/v1/");
        String update = invoke(objectCreated("ofac/v2/READY"));
        String again = invoke(objectCreated("ofac/v2/READY"));

        assertThat(cli).contains("\"current\":\"s3://" + bucket + "/ofac/v1/\"", "\"reviewsOpened\":0");
        assertThat(update).contains("\"previous\":\"s3://" + bucket + "/ofac/v1/\"", "\"newHits\":1",
                "\"reviewsOpened\":1");
        assertThat(again).contains("\"newHits\":0", "\"reviewsOpened\":0");
        List<KycCase> reviews = cases.casesOf(tenant, "anna").stream()
                .filter(c -> c.purpose() == CasePurpose.SANCTIONS_REVIEW).toList();
        assertThat(reviews).singleElement().satisfies(review -> {
            assertThat(review.state()).isEqualTo(CaseState.IN_REVIEW);
            assertThat(review.review().orElseThrow().hits().get(0).explanation()).contains("eriksson");
        });
        assertThat(cases.standing(tenant, "anna").orElseThrow().status()).isEqualTo(KycStandingStatus.UNDER_REVIEW);
    }

    /** A verified customer; those of the periodic review test are not on any list, so re-screening finds none. */
    private void givenVerified(TenantId tenant, String customerId, LocalDate reviewDueOn) {
        KycCase approved = ApprovedCustomers.approvedCase(tenant, customerId, DECIDED, tenant.value().equals("rescreen")
                ? CaseFixtures.specimenIdentity()
                : CaseFixtures.identity("MUSTERMANN", "ERIKA", "DEU", LocalDate.of(1964, 8, 12), Passports.VALID_UNTIL));
        KycCase opened = KycCase.open(tenant, approved.caseId(), customerId, approved.purpose(), approved.level(),
                approved.riskProfile(), approved.vendorApplicantId().orElseThrow(), DECIDED, DECIDED.plusSeconds(60));
        cases.create(opened);
        cases.update(approved, ApprovedCustomers.verified(approved, reviewDueOn), opened.version());
    }

    private void upload(String prefix, Path files) throws IOException {
        try (var listed = Files.list(files)) {
            for (Path file : listed.toList()) {
                cloud.s3().putObject(p -> p.bucket(bucket).key(prefix + file.getFileName()), RequestBody.fromFile(file));
            }
        }
        cloud.s3().putObject(p -> p.bucket(bucket).key(prefix + "READY"), RequestBody.empty());
    }

    private String objectCreated(String key) {
        return "{\"version\":\"0\",\"source\":\"aws.s3\",\"detail-type\":\"Object Created\",\"detail\":"
                + "{\"bucket\":{\"name\":\"" + bucket + "\"},\"object\":{\"key\":\"" + key + "\",\"size\":0}}}";
    }

    private String invoke(String event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return out.toString(StandardCharsets.UTF_8);
    }

    private String rescreenMain(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = io.usdtcustody.functions.kyc.cli.RescreenMainAccess.run(args, environment(),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The function's environment: the local cloud's, and the vendor's name, URL and API token (not its secret). */
    private Map<String, String> environment() {
        Map<String, String> environment = new TreeMap<>(cloud.environment());
        environment.putAll(vendor.functionEnvironment());
        environment.remove(KycConfiguration.WEBHOOK_SECRET);
        return environment;
    }
}
