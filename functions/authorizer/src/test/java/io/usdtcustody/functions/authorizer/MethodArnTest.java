package io.usdtcustody.functions.authorizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MethodArnTest {

    @Test
    void stageMethods_shouldCoverEveryMethodOfTheSameApiAndStage() {
        MethodArn arn = MethodArn.parse("arn:aws:execute-api:eu-west-1:123456789012:a1b2c3d4e5/prod/GET/v1/kyc-cases/c-1");

        assertThat(arn).isEqualTo(new MethodArn("aws", "eu-west-1", "123456789012", "a1b2c3d4e5", "prod"));
        assertThat(arn.stageMethods()).isEqualTo("arn:aws:execute-api:eu-west-1:123456789012:a1b2c3d4e5/prod/*/*");
        assertThat(MethodArn.parse("arn:aws-us-gov:execute-api:us-gov-west-1:123456789012:abc/dev/POST/").partition())
                .isEqualTo("aws-us-gov");
    }

    @Test
    void parse_shouldRefuse_anythingButAnExecuteApiMethodArn() {
        assertThatThrownBy(() -> MethodArn.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MethodArn.parse("arn:aws:lambda:eu-west-1:123456789012:function:x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MethodArn.parse("arn:aws:execute-api:eu-west-1:123456789012:abc/*/GET/x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MethodArn.parse("arn:aws:execute-api:eu-west-1:1234:abc/dev/GET/x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
