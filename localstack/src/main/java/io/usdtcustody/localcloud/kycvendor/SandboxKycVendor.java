package io.usdtcustody.localcloud.kycvendor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.usdtcustody.localcloud.gateway.LoopbackHttp;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.json.JsonDecodingException;
import io.usdtcustody.model.kyc.KycVendorApi;
import io.usdtcustody.model.kyc.KycVendorApi.Applicant;
import io.usdtcustody.model.kyc.KycVendorApi.ApplicantRequest;
import io.usdtcustody.model.kyc.KycVendorApi.DocumentReceipt;
import io.usdtcustody.model.kyc.KycVendorApi.DocumentUpload;
import io.usdtcustody.model.kyc.KycVendorDecision;
import io.usdtcustody.model.kyc.WebhookSecret;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A KYC vendor for the local cloud: a real HTTP server (JDK {@link HttpServer} on loopback) speaking the
 * platform's vendor contract ({@link KycVendorApi} in, signed webhooks out, both from shared-model). It keeps
 * applicants and their documents in memory, decides a review with {@link SandboxDecisions} and calls the webhook
 * URL ({@link #deliverTo}, the local gateway's {@code /v1/kyc/webhooks/sandbox}) after the configured delay.
 * Calls need {@code Authorization: Bearer <api token>}. {@link #functionEnvironment()} is what the KYC function
 * needs to use it.
 */
public final class SandboxKycVendor implements AutoCloseable {
    public static final String NAME = "sandbox";
    public static final int DEFAULT_PORT = 8084;
    public static final Duration DEFAULT_DELAY = Duration.ofMillis(500);
    public static final String DELAY_VARIABLE = "KYC_SANDBOX_DELAY_MILLIS";

    private final HttpServer server;
    private final JsonCodec codec = new JsonCodec();
    private final String apiToken;
    private final WebhookSecret secret;
    private final Duration delay;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final WebhookDelivery delivery;
    private final Map<String, ApplicantFile> applicants = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    /** An applicant as the sandbox holds it: its documents by the platform's document id. */
    private record ApplicantFile(String externalRef, Map<String, StoredDocument> documents) {
    }

    /** A document and the id the sandbox gave it. */
    private record StoredDocument(DocumentUpload upload, String vendorId) {
    }

    private SandboxKycVendor(int port, String apiToken, WebhookSecret secret, Duration delay, Clock clock) {
        this.apiToken = apiToken;
        this.secret = secret;
        this.delay = delay;
        this.clock = clock;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kyc-sandbox-webhooks");
            thread.setDaemon(true);
            return thread;
        });
        this.delivery = new WebhookDelivery(codec, secret, clock, scheduler);
        this.server = LoopbackHttp.bind(port, "kyc-sandbox", 4);
        server.createContext("/", this::serve);
        server.start();
    }

    /** Starts the sandbox on {@code port} (0: any free port). */
    public static SandboxKycVendor start(int port, String apiToken, WebhookSecret secret, Duration delay, Clock clock) {
        return new SandboxKycVendor(port, apiToken, secret, delay, clock);
    }

    /**
     * The sandbox as {@code ./platform up} runs it: a fresh random API token and webhook secret for this run, and
     * the review delay from {@code KYC_SANDBOX_DELAY_MILLIS} (default {@code 500}).
     */
    public static SandboxKycVendor forLocalCloud(int port) {
        SecureRandom random = new SecureRandom();
        byte[] token = new byte[24];
        random.nextBytes(token);
        String delay = System.getenv().getOrDefault(DELAY_VARIABLE, Long.toString(DEFAULT_DELAY.toMillis()));
        long millis;
        try {
            millis = Long.parseLong(delay.strip());
            if (millis < 0 || millis > 600_000) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(DELAY_VARIABLE + " must be 0..600000 milliseconds");
        }
        return start(port, Base64.getUrlEncoder().withoutPadding().encodeToString(token), WebhookSecret.generate(random),
                Duration.ofMillis(millis), Clock.systemUTC());
    }

    /** Where decisions are sent: the gateway's webhook route for this vendor. */
    public void deliverTo(URI gatewayUrl) {
        String base = gatewayUrl.toString().replaceAll("/+$", "");
        delivery.deliverTo(URI.create(base + "/v1/kyc/webhooks/" + NAME));
    }

    public String url() {
        return LoopbackHttp.url(server);
    }

    /** The KYC function's settings for this vendor (they include the API token and the webhook secret). */
    public Map<String, String> functionEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("KYC_VENDOR_NAME", NAME);
        environment.put("KYC_VENDOR_URL", url());
        environment.put("KYC_VENDOR_API_TOKEN", apiToken);
        environment.put("KYC_VENDOR_WEBHOOK_SECRET", secret.toBase64());
        return environment;
    }

    /** Every webhook attempt so far, in order. */
    public List<WebhookAttempt> deliveries() {
        return delivery.attempts();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            if ("GET".equals(exchange.getRequestMethod()) && "/health".equals(path)) {
                reply(exchange, 200, Map.of("status", "UP"));
            } else if (!authorised(exchange)) {
                reply(exchange, 401, Map.of("error", "missing or wrong API token"));
            } else if (!"POST".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, Map.of("error", "POST only"));
            } else {
                Optional<byte[]> body = LoopbackHttp.readBody(exchange, KycVendorApi.MAX_BODY_BYTES);
                if (body.isEmpty()) {
                    reply(exchange, 413, Map.of("error", "body too large"));
                } else {
                    route(exchange, path, body.get());
                }
            }
        } catch (JsonDecodingException | IllegalArgumentException e) {
            reply(exchange, 400, Map.of("error", "not a request of the vendor contract"));
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange, String path, byte[] body) throws IOException {
        String[] parts = path.split("/");
        if (path.equals(KycVendorApi.APPLICANTS_PATH)) {
            ApplicantRequest request = codec.read(body, ApplicantRequest.class);
            String applicantId = "app-" + sequence.incrementAndGet();
            applicants.put(applicantId, new ApplicantFile(request.externalRef(), new ConcurrentHashMap<>()));
            reply(exchange, 201, new Applicant(applicantId));
            return;
        }
        ApplicantFile applicant = parts.length == 5 ? applicants.get(parts[3]) : null;
        if (applicant == null) {
            reply(exchange, 404, Map.of("error", "no such applicant"));
        } else if (path.equals(KycVendorApi.documentsPath(parts[3]))) {
            DocumentUpload upload = codec.read(body, DocumentUpload.class);
            StoredDocument stored = applicant.documents().computeIfAbsent(upload.documentId(),
                    id -> new StoredDocument(upload, "doc-" + sequence.incrementAndGet()));
            reply(exchange, 201, new DocumentReceipt(stored.vendorId()));
        } else if (path.equals(KycVendorApi.reviewPath(parts[3]))) {
            review(parts[3], applicant);
            reply(exchange, 202, Map.of("status", "REVIEW_REQUESTED"));
        } else {
            reply(exchange, 404, Map.of("error", "no such resource"));
        }
    }

    private void review(String applicantId, ApplicantFile applicant) {
        SandboxDecisions.Verdict verdict = SandboxDecisions.decide(
                applicant.documents().values().stream().map(StoredDocument::upload).toList(),
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        delivery.send(new KycVendorDecision("evt-" + sequence.incrementAndGet(), applicantId, applicant.externalRef(),
                verdict.outcome(), List.of(verdict.reason()), clock.instant()), delay);
    }

    private boolean authorised(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8),
                ("Bearer " + apiToken).getBytes(StandardCharsets.UTF_8));
    }

    private void reply(HttpExchange exchange, int status, Object body) throws IOException {
        LoopbackHttp.sendJson(exchange, status, "application/json", codec.write(body));
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        LoopbackHttp.stop(server, 0);
    }
}
