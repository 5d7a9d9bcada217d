package io.usdtcustody.infra.functions;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;

/**
 * Which identity-verification vendor the KYC functions talk to in this deployment, from CDK context
 * ({@code -c kycVendorName=<name> -c kycVendorUrl=https://…}): plain settings, set as {@code KYC_VENDOR_NAME} and
 * {@code KYC_VENDOR_URL} on each function that holds the vendor's API token. Both are required, so a deployment
 * never starts a KYC function that cannot reach its vendor; the token and webhook secret are secrets, not context.
 */
record KycVendorSettings(String name, URI url) {
    static final String NAME_KEY = "kycVendorName";
    static final String URL_KEY = "kycVendorUrl";
    /** The secret that marks a function as a caller of the vendor. */
    static final String API_TOKEN_SECRET = "KYC_VENDOR_API_TOKEN";

    KycVendorSettings {
        if (!name.matches("[a-z0-9-]{1,32}")) {
            throw new IllegalArgumentException(NAME_KEY + " must be 1-32 lower-case letters, digits or dashes: " + name);
        }
        if (!"https".equals(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException(URL_KEY + " must be an https URL: " + url);
        }
    }

    static KycVendorSettings fromContext(Function<String, Object> context) {
        Object name = context.apply(NAME_KEY);
        Object url = context.apply(URL_KEY);
        if (name == null || url == null) {
            throw new IllegalArgumentException("the KYC vendor is not configured: pass -c " + NAME_KEY + "=<name> -c "
                    + URL_KEY + "=https://<vendor API> (or set them in cdk.json)");
        }
        return new KycVendorSettings(name.toString().strip(), URI.create(url.toString().strip()));
    }

    Map<String, String> environment() {
        return Map.of("KYC_VENDOR_NAME", name, "KYC_VENDOR_URL", url.toString());
    }
}
