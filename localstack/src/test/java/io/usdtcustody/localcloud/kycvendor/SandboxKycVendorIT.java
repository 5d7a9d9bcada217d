package io.usdtcustody.localcloud.kycvendor;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.usdtcustody.localcloud.gateway.LoopbackHttp;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.kyc.KycVendorApi;
import io.usdtcustody.model.kyc.KycVendorDecision;
import io.usdtcustody.model.kyc.KycWebhookSignature;
import io.usdtcustody.model.kyc.VendorOutcome;
import io.usdtcustody.model.kyc.WebhookSecret;
import io.usdtcustody.model.kyc.WebhookVerification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox vendor over real HTTP: the contract's calls in, a decision signed with the shared secret out to a
 * receiver that verifies it with the same contract code, redelivered while the receiver fails.
 */
class SandboxKycVendorIT {
    private static final JsonCodec CODEC = new JsonCodec();
    private static final WebhookSecret SECRET = WebhookSecret.generate(new SplittableRandom(5));
    private final HttpClient http = HttpClient.newHttpClient();
    private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final AtomicInteger failuresToGo = new AtomicInteger();
    private SandboxKycVendor vendor;
    private HttpServer receiver;

    /** A webhook as the receiver saw it, and whether its signature verified. */
    record Received(KycVendorDecision decision, WebhookVerification verification) {
    }

    @BeforeEach
    void start() {
        vendor = SandboxKycVendor.start(0, "token-1", SECRET, Duration.ofMillis(50), Clock.systemUTC());
        receiver = LoopbackHttp.bind(0, "webhook-receiver", 2);
        receiver.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (failuresToGo.getAndDecrement() > 0) {
                LoopbackHttp.send(exchange, 503, new byte[0]);
                return;
            }
            received.add(new Received(CODEC.read(body, KycVendorDecision.class), KycWebhookSignature.verify(SECRET,
                    exchange.getRequestHeaders().getFirst(KycWebhookSignature.TIMESTAMP_HEADER),
                    exchange.getRequestHeaders().getFirst(KycWebhookSignature.SIGNATURE_HEADER), body, Instant.now())));
            LoopbackHttp.send(exchange, exchange.getRequestURI().getPath().equals("/v1/kyc/webhooks/sandbox") ? 200 : 404,
                    new byte[0]);
        });
        receiver.start();
        vendor.deliverTo(URI.create(LoopbackHttp.url(receiver)));
    }

    @AfterEach
    void stop() {
        vendor.close();
        LoopbackHttp.stop(receiver, 0);
    }

    @Test
    void review_shouldSendASignedApproval_forAValidPassport() throws Exception {
        String applicantId = createApplicant("acme:alice:c-1");
        upload(applicantId, SandboxDecisionsTest.passport(SandboxDecisionsTest.VALID_PASSPORT));

        assertThat(post(KycVendorApi.reviewPath(applicantId), new byte[0], "token-1").statusCode()).isEqualTo(202);

        Received webhook = received.poll(10, TimeUnit.SECONDS);
        assertThat(webhook).isNotNull();
        assertThat(webhook.verification()).isEqualTo(WebhookVerification.VALID);
        assertThat(webhook.decision().outcome()).isEqualTo(VendorOutcome.APPROVED);
        assertThat(webhook.decision().applicantId()).isEqualTo(applicantId);
        assertThat(webhook.decision().externalRef()).isEqualTo("acme:alice:c-1");
        assertThat(webhook.decision().reasons()).containsExactly("MRZ_VALID");
    }

    @Test
    void review_shouldRedeliver_untilTheReceiverAccepts_withTheSameEventId() throws Exception {
        failuresToGo.set(2);
        String applicantId = createApplicant("acme:bob:c-2");
        upload(applicantId, SandboxDecisionsTest.passport(SandboxDecisionsTest.MARKED_PASSPORT));
        post(KycVendorApi.reviewPath(applicantId), new byte[0], "token-1");

        Received webhook = received.poll(15, TimeUnit.SECONDS);

        assertThat(webhook).isNotNull();
        assertThat(webhook.decision().outcome()).isEqualTo(VendorOutcome.REJECTED);
        assertThat(webhook.decision().reasons()).containsExactly("SANDBOX_REJECT_MARKER");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (vendor.deliveries().size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(20); // the receiver answers after it recorded the webhook; the sandbox notes the 200 then
        }
        assertThat(vendor.deliveries()).extracting(WebhookAttempt::status).containsExactly(503, 503, 200);
        assertThat(vendor.deliveries()).extracting(WebhookAttempt::eventId).containsOnly(webhook.decision().eventId());
    }

    @Test
    void calls_shouldNeedTheApiToken_andTheContractsShapes() throws Exception {
        byte[] request = CODEC.write(new KycVendorApi.ApplicantRequest("acme:alice:c-1", "BASIC"));

        assertThat(post(KycVendorApi.APPLICANTS_PATH, request, "wrong").statusCode()).isEqualTo(401);
        assertThat(post(KycVendorApi.APPLICANTS_PATH, "{\"x\":1}".getBytes(), "token-1").statusCode()).isEqualTo(400);
        assertThat(post(KycVendorApi.reviewPath("app-404"), new byte[0], "token-1").statusCode()).isEqualTo(404);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(vendor.url() + "/health")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
    }

    @Test
    void functionEnvironment_shouldCarryTheUrlTokenAndSecret() {
        assertThat(vendor.functionEnvironment()).containsEntry("KYC_VENDOR_NAME", "sandbox")
                .containsEntry("KYC_VENDOR_URL", vendor.url()).containsEntry("KYC_VENDOR_API_TOKEN", "token-1")
                .containsEntry("KYC_VENDOR_WEBHOOK_SECRET", SECRET.toBase64());
    }

    @Test
    void forLocalCloud_shouldStartWithAFreshTokenAndSecretPerRun() throws Exception {
        try (SandboxKycVendor first = SandboxKycVendor.forLocalCloud(0);
             SandboxKycVendor second = SandboxKycVendor.forLocalCloud(0)) {
            Map<String, String> one = first.functionEnvironment();
            Map<String, String> two = second.functionEnvironment();

            assertThat(WebhookSecret.fromBase64(one.get("KYC_VENDOR_WEBHOOK_SECRET"))).isNotEqualTo(
                    WebhookSecret.fromBase64(two.get("KYC_VENDOR_WEBHOOK_SECRET")));
            assertThat(one.get("KYC_VENDOR_API_TOKEN")).hasSizeGreaterThanOrEqualTo(32)
                    .isNotEqualTo(two.get("KYC_VENDOR_API_TOKEN"));
            assertThat(http.send(HttpRequest.newBuilder(URI.create(first.url() + "/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        }
    }

    private String createApplicant(String externalRef) throws Exception {
        HttpResponse<byte[]> created = post(KycVendorApi.APPLICANTS_PATH,
                CODEC.write(new KycVendorApi.ApplicantRequest(externalRef, "BASIC")), "token-1");
        assertThat(created.statusCode()).isEqualTo(201);
        return CODEC.read(created.body(), KycVendorApi.Applicant.class).applicantId();
    }

    private void upload(String applicantId, KycVendorApi.DocumentUpload document) throws Exception {
        HttpResponse<byte[]> first = post(KycVendorApi.documentsPath(applicantId), CODEC.write(document), "token-1");
        HttpResponse<byte[]> again = post(KycVendorApi.documentsPath(applicantId), CODEC.write(document), "token-1");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
    }

    private HttpResponse<byte[]> post(String path, byte[] body, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(vendor.url() + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

}
