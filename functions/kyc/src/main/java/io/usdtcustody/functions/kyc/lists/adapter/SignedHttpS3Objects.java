package io.usdtcustody.functions.kyc.lists.adapter;

import io.usdtcustody.functions.kyc.lists.port.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * S3 GetObject as one SigV4-signed HTTPS GET, with the SDK's own signer ({@link AwsV4HttpSigner}) and HTTP client
 * (URL connection), the credentials and region the function's other clients use. Why not the SDK's S3 client: its
 * module is 4.2 MB and would take the KYC jar past the 15 MB budget, for one read a day; everything else here is
 * what the SDK itself does for a GET (payload hash of the empty body, S3's no double-encoding, no path
 * normalising). Virtual-hosted addressing in AWS; path-style against {@code AWS_ENDPOINT_URL_S3} (the local cloud's
 * S3Mock), as the SDK does with path-style access on.
 */
public final class SignedHttpS3Objects implements ObjectStore {
    /** SHA-256 of the empty body, which S3 wants in {@code x-amz-content-sha256}. */
    static final String EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private final SdkHttpClient http;
    private final IdentityProvider<? extends AwsCredentialsIdentity> credentials;
    private final Region region;
    private final Optional<URI> endpoint;
    private final Clock clock;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    public SignedHttpS3Objects(SdkHttpClient http, IdentityProvider<? extends AwsCredentialsIdentity> credentials,
                               Region region, Optional<URI> endpoint, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.region = Objects.requireNonNull(region, "region");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public InputStream open(String bucket, String key) {
        SdkHttpFullRequest request = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.GET)
                .uri(objectUri(bucket, key))
                .putHeader("x-amz-content-sha256", EMPTY_BODY_SHA256)
                .build();
        AwsCredentialsIdentity identity = credentials.resolveIdentity().join();
        var signed = signer.sign(r -> r.identity(identity).request(request)
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region.id())
                .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false)
                .putProperty(HttpSigner.SIGNING_CLOCK, clock));
        try {
            HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request()).build()).call();
            int status = response.httpResponse().statusCode();
            InputStream body = response.responseBody().map(InputStream.class::cast).orElse(InputStream.nullInputStream());
            if (status != 200) {
                body.close();
                throw new UncheckedIOException(new IOException("s3://" + bucket + "/" + key
                        + (status == 404 ? " does not exist" : " cannot be read (HTTP " + status + ")")));
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("s3://" + bucket + "/" + key + " cannot be read ("
                    + e.getClass().getSimpleName() + ")", e));
        }
    }

    /**
     * Objects with the region and credentials of {@code like} (the function's DynamoDB client) and the S3 endpoint
     * of {@code environment} ({@code AWS_ENDPOINT_URL_S3}, else {@code AWS_ENDPOINT_URL}; none in AWS).
     */
    public static SignedHttpS3Objects like(DynamoDbClient like, Map<String, String> environment, Clock clock) {
        var configuration = like.serviceClientConfiguration();
        Optional<URI> endpoint = Optional.ofNullable(environment.get("AWS_ENDPOINT_URL_S3"))
                .or(() -> Optional.ofNullable(environment.get("AWS_ENDPOINT_URL")))
                .filter(url -> !url.isBlank()).map(URI::create);
        return new SignedHttpS3Objects(UrlConnectionHttpClient.create(), configuration.credentialsProvider(),
                configuration.region(), endpoint, clock);
    }

    URI objectUri(String bucket, String key) {
        String path = SdkHttpUtils.urlEncodeIgnoreSlashes(key);
        return endpoint.map(base -> URI.create(base.toString().replaceAll("/+$", "") + "/" + bucket + "/" + path))
                .orElseGet(() -> URI.create("https://" + bucket + ".s3." + region.id() + ".amazonaws.com/" + path));
    }
}
