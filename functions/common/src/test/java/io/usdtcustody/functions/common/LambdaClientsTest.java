package io.usdtcustody.functions.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

class LambdaClientsTest {

    @Test
    void endpoint_shouldPreferTheServiceSpecificVariable_overTheGlobalOne() {
        var clients = new LambdaClients(Map.of("AWS_ENDPOINT_URL", "http://global:1",
                "AWS_ENDPOINT_URL_DYNAMODB", "http://dynamo:2"));

        assertThat(clients.endpoint("DYNAMODB")).contains(URI.create("http://dynamo:2"));
        assertThat(clients.endpoint("S3")).contains(URI.create("http://global:1"));
    }

    @Test
    void endpoint_shouldBeEmpty_whenRunningInAws() {
        assertThat(new LambdaClients(Map.of("AWS_REGION", "eu-west-1")).endpoint("DYNAMODB")).isEmpty();
    }

    @Test
    void region_shouldFailClearly_whenNotConfigured() {
        assertThatThrownBy(() -> new LambdaClients(Map.of()).region()).hasMessageContaining("AWS_REGION");
        assertThat(new LambdaClients(Map.of("AWS_REGION", "eu-west-1")).region()).isEqualTo(Region.EU_WEST_1);
    }

    @Test
    void naming_shouldUseTheResourcePrefixVariable() {
        assertThat(new LambdaClients(Map.of("RESOURCE_PREFIX", "usdt-dev-")).naming().prefix()).isEqualTo("usdt-dev-");
    }
}
