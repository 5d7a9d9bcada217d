package io.usdtcustody.functions.kyc.lists.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/** Addressing only; the signed GET itself runs against S3Mock in {@code ScheduledKycHandlerIT}. */
class SignedHttpS3ObjectsTest {
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "not-a-secret"));

    @Test
    void objectUri_shouldBeVirtualHostedInTheBucketsRegion_whenNoEndpointIsSet() {
        var objects = new SignedHttpS3Objects(UrlConnectionHttpClient.create(), CREDENTIALS, Region.EU_WEST_1,
                Optional.empty(), Clock.systemUTC());

        assertThat(objects.objectUri("usdt-prod-sanctions-lists", "ofac/2024 06/sdn.csv"))
                .isEqualTo(URI.create("https://usdt-prod-sanctions-lists.s3.eu-west-1.amazonaws.com/ofac/2024%2006/sdn.csv"));
    }

    @Test
    void objectUri_shouldBePathStyleOnTheEndpoint_whenTheLocalCloudSetsOne() {
        var objects = new SignedHttpS3Objects(UrlConnectionHttpClient.create(), CREDENTIALS, Region.US_EAST_1,
                Optional.of(URI.create("http://127.0.0.1:9090/")), Clock.systemUTC());

        assertThat(objects.objectUri("lists", "ofac/v2/alt.csv")).isEqualTo(URI.create("http://127.0.0.1:9090/lists/ofac/v2/alt.csv"));
    }
}
