package io.usdtcustody.localcloud.kycvendor;

/** One webhook delivery attempt of the sandbox vendor: the event, the HTTP status (0: no answer) and its number. */
public record WebhookAttempt(String eventId, int status, int attempt) {
}
