package io.usdtcustody.functions.kyc;

import io.usdtcustody.model.kyc.WebhookSecret;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * The KYC function's own settings, from its environment: the vendor's name (the webhook path segment), its API
 * URL and token, and the webhook signing secret (base64). A missing or malformed setting fails the function's
 * start with the variable's name, never its value. In AWS the token and secret come from Secrets Manager
 * through the environment the stack sets; locally {@code ./platform up} passes the sandbox vendor's.
 */
public record KycConfiguration(String vendorName, URI vendorUrl, String vendorApiToken, WebhookSecret webhookSecret) {
    public static final String VENDOR_NAME = "KYC_VENDOR_NAME";
    public static final String VENDOR_URL = "KYC_VENDOR_URL";
    public static final String VENDOR_API_TOKEN = "KYC_VENDOR_API_TOKEN";
    public static final String WEBHOOK_SECRET = "KYC_VENDOR_WEBHOOK_SECRET";

    public KycConfiguration {
        Objects.requireNonNull(vendorName, "vendorName");
        Objects.requireNonNull(vendorUrl, "vendorUrl");
        Objects.requireNonNull(vendorApiToken, "vendorApiToken");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
    }

    public static KycConfiguration from(Map<String, String> environment) {
        String name = required(environment, VENDOR_NAME);
        if (!name.matches("[a-z0-9-]{1,32}")) {
            throw new IllegalStateException(VENDOR_NAME + " must be 1-32 lower-case letters, digits or dashes");
        }
        URI url;
        try {
            url = URI.create(required(environment, VENDOR_URL));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(VENDOR_URL + " is not a URL");
        }
        if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
            throw new IllegalStateException(VENDOR_URL + " must be an http(s) URL");
        }
        WebhookSecret secret;
        try {
            secret = WebhookSecret.fromBase64(required(environment, WEBHOOK_SECRET));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(WEBHOOK_SECRET + ": " + e.getMessage());
        }
        return new KycConfiguration(name, url, required(environment, VENDOR_API_TOKEN), secret);
    }

    private static String required(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set");
        }
        return value.strip();
    }

    @Override
    public String toString() {
        return "KycConfiguration[vendor=" + vendorName + " at " + vendorUrl + "]";
    }
}
