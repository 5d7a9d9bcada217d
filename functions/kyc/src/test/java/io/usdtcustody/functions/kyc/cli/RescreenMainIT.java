package io.usdtcustody.functions.kyc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.functions.kyc.cases.CasePurpose;
import io.usdtcustody.functions.kyc.cases.CaseState;
import io.usdtcustody.functions.kyc.cases.Decision;
import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.KycLevel;
import io.usdtcustody.functions.kyc.cases.KycStanding;
import io.usdtcustody.functions.kyc.cases.ReasonCode;
import io.usdtcustody.functions.kyc.cases.adapter.DynamoDbKycCaseStore;
import io.usdtcustody.functions.kyc.fixture.CaseFixtures;
import io.usdtcustody.functions.kyc.fixture.TestSanctions;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.tenancy.TenantId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list-update re-screen as an operator runs it: list files in folders, cases in DynamoDB Local. */
@LocalCloudTest(Service.DYNAMODB)
class RescreenMainIT {
    private static final TenantId TENANT = TenantId.of("acme");

    @Test
    void run_shouldOpenAReviewCase_forAVerifiedCustomerMatchingAnAddedEntry_once(CloudResources cloud,
                                                                               @TempDir Path lists) throws Exception {
        var store = new DynamoDbKycCaseStore(cloud.dynamoDb(), cloud.naming().table(ResourceCatalogue.CUSTOMERS),
                new JsonCodec());
        KycCase opened = KycCase.open(TENANT, "c-anna", "anna", CasePurpose.ONBOARDING, KycLevel.BASIC,
                CaseFixtures.GERMAN_RETAIL, "app-1", CaseFixtures.NOW, CaseFixtures.NOW.plusSeconds(60));
        store.create(opened);
        KycCase approved = opened.withDocument(CaseFixtures.passport(CaseFixtures.specimenIdentity()), CaseFixtures.NOW)
                .submitted(CaseFixtures.NOW).decided(new Decision(CaseState.APPROVED, List.of(ReasonCode.VENDOR_APPROVED),
                        List.of(), "vendor:sandbox", CaseFixtures.NOW), Optional.empty(), Optional.empty(),
                        Optional.of("evt-1"), CaseFixtures.NOW);
        store.update(approved, KycStanding.of(approved), opened.version());
        Path previous = TestSanctions.writeTo(Files.createDirectories(lists.resolve("previous")), false);
        Path current = TestSanctions.writeTo(Files.createDirectories(lists.resolve("current")), true);
        String[] args = {"--previous", previous.toString(), "--current", current.toString()};

        String first = run(args, cloud);
        String second = run(args, cloud);

        assertThat(first).contains("\"customersScreened\":1", "\"newHits\":1", "\"reviewsOpened\":1");
        assertThat(second).contains("\"reviewsOpened\":0", "\"reviewsAlreadyOpen\":1");
        KycCase review = store.casesOf(TENANT, "anna").stream().filter(c -> c.purpose() == CasePurpose.SANCTIONS_REVIEW)
                .findFirst().orElseThrow();
        assertThat(review.state()).isEqualTo(CaseState.IN_REVIEW);
        assertThat(review.review().orElseThrow().hits().get(0).explanation()).contains("eriksson");
        assertThat(store.standing(TENANT, "anna").orElseThrow().status()).isEqualTo(KycStandingStatus.UNDER_REVIEW);
    }

    @Test
    void run_shouldExit2WithOneErrorLine_forBadArgumentsOrAMissingList(CloudResources cloud, @TempDir Path empty) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertThat(RescreenMain.run(new String[] {"--current", "x"}, cloud.environment(), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(RescreenMain.run(new String[] {"--previous", empty.toString(), "--current", "classpath"},
                cloud.environment(), System.out, new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(2).allMatch(line -> line.startsWith("error: "));
    }

    private static String run(String[] args, CloudResources cloud) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = RescreenMain.run(args, cloud.environment(), new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
