package io.usdtcustody.functions.kyc;

import io.usdtcustody.functions.kyc.secrets.EnvironmentSecrets;
import io.usdtcustody.functions.kyc.secrets.SecretSource;
import io.usdtcustody.model.kyc.WebhookSecret;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * The KYC function's own settings: the vendor's name (the webhook path segment) and API URL, plain variables, and
 * two secrets, the vendor's API token and the webhook signing secret (base64), from a {@link SecretSource}: in AWS
 * Secrets Manager (the stack sets {@code KYC_VENDOR_API_TOKEN_SECRET_ARN} and {@code
 * KYC_VENDOR_WEBHOOK_SECRET_SECRET_ARN}, never the values), locally the variables themselves, as {@code ./platform
 * up} passes the sandbox vendor's. A missing or malformed setting fails the function's start with the variable's
 * name, never its value.
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

    /** The settings with both secrets as plain variables (the local cloud, tests). */
    public static KycConfiguration from(Map<String, String> environment) {
        return from(environment, new EnvironmentSecrets(environment));
    }

    public static KycConfiguration from(Map<String, String> environment, SecretSource secrets) {
        VendorApi api = VendorApi.from(environment, secrets);
        WebhookSecret secret;
        try {
            secret = WebhookSecret.fromBase64(secrets.secret(WEBHOOK_SECRET));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(WEBHOOK_SECRET + ": " + e.getMessage());
        }
        return new KycConfiguration(api.name(), api.url(), api.apiToken(), secret);
    }

    /** The vendor's API alone, without the webhook secret: what the scheduled jobs need to open cases. */
    public record VendorApi(String name, URI url, String apiToken) {
        public VendorApi {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(apiToken, "apiToken");
        }

        public static VendorApi from(Map<String, String> environment, SecretSource secrets) {
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
            return new VendorApi(name, url, secrets.secret(VENDOR_API_TOKEN));
        }

        @Override
        public String toString() {
            return "VendorApi[" + name + " at " + url + "]";
        }
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
