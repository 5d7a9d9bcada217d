package io.usdtcustody.localcloud.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.localcloud.gateway.lambda.InvocationResult;
import io.usdtcustody.localcloud.gateway.lambda.InvocationResult.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ColdStartSampleTest {

    @Test
    void of_shouldReportTheStatusCode_whenTheFunctionAnsweredAProxyResponse() {
        ColdStartSample sample = ColdStartSample.of(Duration.ofMillis(700), success("{\"statusCode\":404,\"body\":\"{}\"}"));

        assertThat(sample.answer()).isEqualTo("HTTP 404");
        assertThat(sample.succeeded()).isTrue();
    }

    @Test
    void of_shouldNotCountAsServed_whenTheProxyResponseIsAServerError() {
        assertThat(ColdStartSample.of(Duration.ofMillis(700), success("{\"statusCode\":500}")).succeeded()).isFalse();
    }

    @Test
    void of_shouldReportThePayload_whenTheResponseIsNotAProxyResponse() {
        assertThat(ColdStartSample.of(Duration.ofMillis(700), success("\"found\"")).answer()).isEqualTo("\"found\"");
    }

    @Test
    void of_shouldReportTheEffect_whenTheResponseIsAnAuthorizerPolicy() {
        String policy = "{\"principalId\":\"key-1\",\"policyDocument\":{\"Version\":\"2012-10-17\","
                + "\"Statement\":[{\"Action\":\"execute-api:Invoke\",\"Effect\":\"Allow\",\"Resource\":\"*\"}]}}";

        assertThat(ColdStartSample.of(Duration.ofMillis(300), success(policy)).answer()).isEqualTo("policy Allow");
    }

    @Test
    void of_shouldReportOutcomeAndErrorType_whenTheInvocationFailed() {
        ColdStartSample sample = ColdStartSample.of(Duration.ofSeconds(10), InvocationResult.failed(Outcome.INIT_FAILED, "Runtime.InitTimeout"));

        assertThat(sample.answer()).isEqualTo("INIT_FAILED Runtime.InitTimeout");
        assertThat(sample.succeeded()).isFalse();
    }

    private static InvocationResult success(String payload) {
        return new InvocationResult(Outcome.SUCCESS, payload.getBytes(StandardCharsets.UTF_8), "", Duration.ofMillis(300));
    }
}
