package io.usdtcustody.functions.kyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.functions.kyc.cases.CasePurpose;
import io.usdtcustody.functions.kyc.cases.CaseState;
import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.fixture.ApprovedCustomers;
import io.usdtcustody.functions.kyc.fixture.InMemoryKycCaseStore;
import io.usdtcustody.functions.kyc.fixture.InMemoryPeriodicReviewStore;
import io.usdtcustody.functions.kyc.fixture.RecordingVendor;
import io.usdtcustody.functions.kyc.fixture.TestSanctions;
import io.usdtcustody.functions.kyc.lifecycle.PeriodicReview;
import io.usdtcustody.functions.kyc.lists.ListUpdate;
import io.usdtcustody.functions.kyc.lists.SanctionsLists;
import io.usdtcustody.functions.kyc.lists.port.AppliedList;
import io.usdtcustody.localcloud.testing.MutableClock;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.tenancy.TenantId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduledJobsTest {
    private static final TenantId ACME = TenantId.of("acme");
    private static final Instant DECIDED = Instant.parse("2024-07-01T10:00:00Z");
    private static final Instant RUN = Instant.parse("2025-07-01T03:00:00Z");
    private static final String BUCKET = "usdt-test-sanctions-lists";

    private final JsonCodec codec = new JsonCodec();
    private final MutableClock clock = new MutableClock(RUN);
    private final InMemoryPeriodicReviewStore reviews = new InMemoryPeriodicReviewStore();
    private final InMemoryKycCaseStore cases = new InMemoryKycCaseStore();
    private final Map<String, byte[]> objects = new HashMap<>();
    private final Map<String, String> appliedVersion = new HashMap<>();
    private final AppliedList applied = new AppliedList() {
        @Override
        public Optional<String> applied() {
            return Optional.ofNullable(appliedVersion.get("applied"));
        }

        @Override
        public void record(String location) {
            appliedVersion.put("applied", location);
        }
    };
    private final ScheduledJobs jobs = new ScheduledJobs(new PeriodicReview(reviews, new RecordingVendor(), clock),
            new ListUpdate(new SanctionsLists(this::object), applied, cases, clock));

    @Test
    void handle_shouldRunThePeriodicReview_whenTheDailyScheduleFires() {
        KycCase approved = ApprovedCustomers.approvedCase(ACME, "anna", DECIDED);
        reviews.given(approved, ApprovedCustomers.verified(approved, LocalDate.of(2025, 6, 30)));

        Map<String, Object> report = jobs.handle(event("""
                {"source":"aws.events","detail-type":"Scheduled Event","time":"2025-07-01T03:00:00Z","detail":{}}"""));

        assertThat(report).containsEntry("job", "periodic-review").containsEntry("day", "2025-07-01")
                .containsEntry("due", 1).containsEntry("reviewsOpened", 1);
    }

    @Test
    void handle_shouldRescreenAgainstTheUploadedVersion_comparedWithTheLastApplied_whenAMarkerIsCreated(
            @TempDir Path folder) throws IOException {
        givenVerifiedSpecimenHolder();
        upload("ofac/v1/", TestSanctions.writeTo(Files.createDirectories(folder.resolve("v1")), false));
        upload("ofac/v2/", TestSanctions.writeTo(Files.createDirectories(folder.resolve("v2")), true));
        applied.record("s3://" + BUCKET + "/ofac/v1/");

        Map<String, Object> first = jobs.handle(objectCreated("ofac/v2/READY"));
        Map<String, Object> again = jobs.handle(objectCreated("ofac/v2/READY"));

        assertThat(first).containsEntry("previous", "s3://" + BUCKET + "/ofac/v1/")
                .containsEntry("current", "s3://" + BUCKET + "/ofac/v2/")
                .containsEntry("newHits", 1).containsEntry("reviewsOpened", 1);
        assertThat(again).containsEntry("previous", "s3://" + BUCKET + "/ofac/v2/").containsEntry("newHits", 0);
        assertThat(cases.casesOf(ACME, "anna")).filteredOn(c -> c.purpose() == CasePurpose.SANCTIONS_REVIEW)
                .singleElement().satisfies(review -> assertThat(review.state()).isEqualTo(CaseState.IN_REVIEW));
        assertThat(appliedVersion).containsEntry("applied", "s3://" + BUCKET + "/ofac/v2/");
    }

    @Test
    void handle_shouldRefuseAndApplyNothing_whenTheVersionCannotBeRead() {
        assertThatThrownBy(() -> jobs.handle(objectCreated("ofac/v9/READY")))
                .hasMessageContaining("s3://" + BUCKET + "/ofac/v9/");
        assertThat(appliedVersion).isEmpty();
    }

    @Test
    void handle_shouldRefuse_whenTheEventIsNeitherTheScheduleNorAListMarker() {
        assertThatThrownBy(() -> jobs.handle(objectCreated("ofac/v2/sdn.csv")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("READY");
        assertThatThrownBy(() -> jobs.handle(event("{\"source\":\"aws.ec2\",\"detail-type\":\"EC2 State\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aws.ec2");
    }

    private void givenVerifiedSpecimenHolder() {
        cases.addCustomer(ACME, "anna");
        KycCase approved = ApprovedCustomers.approvedCase(ACME, "anna", DECIDED);
        KycCase opened = KycCase.open(ACME, approved.caseId(), "anna", approved.purpose(), approved.level(),
                approved.riskProfile(), "app-anna", DECIDED, DECIDED.plusSeconds(60));
        cases.create(opened);
        cases.update(approved, io.usdtcustody.functions.kyc.cases.KycStanding.of(approved), opened.version());
    }

    private void upload(String prefix, Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                objects.put(prefix + file.getFileName(), Files.readAllBytes(file));
            }
        }
    }

    private java.io.InputStream object(String bucket, String key) {
        byte[] bytes = BUCKET.equals(bucket) ? objects.get(key) : null;
        if (bytes == null) {
            throw new UncheckedIOException(new IOException("s3://" + bucket + "/" + key + " does not exist"));
        }
        return new ByteArrayInputStream(bytes);
    }

    private com.fasterxml.jackson.databind.JsonNode objectCreated(String key) {
        return event("""
                {"source":"aws.s3","detail-type":"Object Created","detail":{"bucket":{"name":"%s"},"object":{"key":"%s","size":42}}}"""
                .formatted(BUCKET, key));
    }

    private com.fasterxml.jackson.databind.JsonNode event(String json) {
        return codec.readTree(json.getBytes(StandardCharsets.UTF_8));
    }
}
