package io.usdtcustody.localcloud.kycvendor;

import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.kyc.KycVendorDecision;
import io.usdtcustody.model.kyc.KycWebhookSignature;
import io.usdtcustody.model.kyc.WebhookSecret;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends the sandbox's decisions as a real vendor does: after the configured delay, a POST to the webhook URL
 * with the body signed per {@link KycWebhookSignature} (signed again at each attempt, so the timestamp is
 * fresh), redelivered with growing pauses while the receiver answers anything but 2xx, up to
 * {@value #MAX_ATTEMPTS} attempts. Every attempt is recorded for tests and operators.
 */
final class WebhookDelivery {
    static final int MAX_ATTEMPTS = 6;
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);

    private final JsonCodec codec;
    private final WebhookSecret secret;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicReference<URI> target = new AtomicReference<>();
    private final List<WebhookAttempt> attempts = new CopyOnWriteArrayList<>();

    WebhookDelivery(JsonCodec codec, WebhookSecret secret, Clock clock, ScheduledExecutorService scheduler) {
        this.codec = codec;
        this.secret = secret;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    void deliverTo(URI webhookUrl) {
        target.set(webhookUrl);
    }

    Optional<URI> target() {
        return Optional.ofNullable(target.get());
    }

    /** Sends {@code decision} after {@code delay}. */
    void send(KycVendorDecision decision, Duration delay) {
        byte[] body = codec.write(decision);
        scheduler.schedule(() -> attempt(decision.eventId(), body, 1), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    List<WebhookAttempt> attempts() {
        return List.copyOf(attempts);
    }

    private void attempt(String eventId, byte[] body, int attempt) {
        int status = 0;
        URI url = target.get();
        if (url != null) {
            long timestamp = clock.instant().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(35))
                    .header("Content-Type", "application/json")
                    .header(KycWebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(KycWebhookSignature.SIGNATURE_HEADER, KycWebhookSignature.sign(secret, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            try {
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (java.io.IOException e) {
                status = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        attempts.add(new WebhookAttempt(eventId, status, attempt));
        if (status / 100 != 2 && attempt < MAX_ATTEMPTS && !scheduler.isShutdown()) {
            long pause = FIRST_RETRY.toMillis() << (attempt - 1);
            scheduler.schedule(() -> attempt(eventId, body, attempt + 1), pause, TimeUnit.MILLISECONDS);
        }
    }
}
