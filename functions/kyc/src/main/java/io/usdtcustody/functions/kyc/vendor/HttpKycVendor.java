package io.usdtcustody.functions.kyc.vendor;

import io.usdtcustody.functions.kyc.cases.KycLevel;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.json.JsonDecodingException;
import io.usdtcustody.model.kyc.KycVendorApi;
import io.usdtcustody.model.kyc.KycVendorApi.Applicant;
import io.usdtcustody.model.kyc.KycVendorApi.ApplicantRequest;
import io.usdtcustody.model.kyc.KycVendorApi.DocumentReceipt;
import io.usdtcustody.model.kyc.KycVendorApi.DocumentUpload;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The vendor over HTTP, speaking {@link KycVendorApi} with the JDK's {@link HttpURLConnection} (no client
 * library: cold start, and nothing to keep open between invocations). Calls carry the vendor API token as a
 * bearer token and an {@code Idempotency-Key} where the call must happen once; timeouts are short, because the
 * caller waits behind an API gateway.
 */
public final class HttpKycVendor implements KycVendor {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(8);
    private static final int MAX_RESPONSE_BYTES = 64 * 1024;

    private final String name;
    private final URI baseUrl;
    private final String apiToken;
    private final JsonCodec codec;

    public HttpKycVendor(String name, URI baseUrl, String apiToken, JsonCodec codec) {
        this.name = Objects.requireNonNull(name, "name");
        String base = baseUrl.toString();
        this.baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.apiToken = Objects.requireNonNull(apiToken, "apiToken");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String createApplicant(String externalRef, KycLevel level) {
        byte[] response = post(KycVendorApi.APPLICANTS_PATH, codec.write(new ApplicantRequest(externalRef, level.name())),
                externalRef);
        return read(response, Applicant.class).applicantId();
    }

    @Override
    public String uploadDocument(String applicantId, DocumentUpload document) {
        byte[] response = post(KycVendorApi.documentsPath(applicantId), codec.write(document), document.documentId());
        return read(response, DocumentReceipt.class).documentId();
    }

    @Override
    public void requestReview(String applicantId) {
        post(KycVendorApi.reviewPath(applicantId), new byte[0], null);
    }

    /** The vendor's answer, which must be ours to read: nonsense from the vendor is the vendor's failure. */
    private <T> T read(byte[] response, Class<T> type) {
        try {
            return codec.read(response, type);
        } catch (JsonDecodingException e) {
            throw new VendorUnavailableException("the KYC vendor answered with something unexpected", e);
        }
    }

    private byte[] post(String path, byte[] body, String idempotencyKey) {
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) baseUrl.resolve(baseUrl.getPath() + path).toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) READ_TIMEOUT.toMillis());
            connection.setInstanceFollowRedirects(false);
            connection.setRequestProperty("Authorization", "Bearer " + apiToken);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setRequestProperty("Accept", "application/json");
            if (idempotencyKey != null) {
                connection.setRequestProperty("Idempotency-Key", idempotencyKey);
            }
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            if (status / 100 != 2) {
                drain(connection.getErrorStream());
                throw new VendorUnavailableException("the KYC vendor refused the request",
                        new IOException("vendor answered HTTP " + status + " to POST " + path));
            }
            try (InputStream in = connection.getInputStream()) {
                return in.readNBytes(MAX_RESPONSE_BYTES);
            }
        } catch (IOException e) {
            throw new VendorUnavailableException("the KYC vendor could not be reached", e);
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    private static void drain(InputStream error) throws IOException {
        if (error != null) {
            try (error) {
                error.readNBytes(MAX_RESPONSE_BYTES);
            }
        }
    }
}
