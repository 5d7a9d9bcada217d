package io.usdtcustody.functions.authorizer.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class CognitoIssuerTest {

    @Test
    void of_shouldAcceptAUserPoolOfTheFunctionsRegion_andPointAtItsJwks() {
        String url = "https://cognito-idp.ap-southeast-2.amazonaws.com/ap-southeast-2_Xy12Ab34C";

        assertThat(CognitoIssuer.of(url, "ap-southeast-2")).hasValueSatisfying(issuer -> {
            assertThat(issuer.userPoolId()).isEqualTo("ap-southeast-2_Xy12Ab34C");
            assertThat(issuer.jwks()).isEqualTo(URI.create(url + "/.well-known/jwks.json"));
        });
    }

    @Test
    void of_shouldRefuse_otherRegionsHostsSchemesAndShapes() {
        assertThat(CognitoIssuer.of("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab1", "us-east-1")).isEmpty();
        assertThat(CognitoIssuer.of("https://cognito-idp.eu-west-1.amazonaws.com/us-east-1_Ab1", "eu-west-1")).isEmpty();
        assertThat(CognitoIssuer.of("http://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab1", "eu-west-1")).isEmpty();
        assertThat(CognitoIssuer.of("https://cognito-idp.eu-west-1.amazonaws.com.evil.example/eu-west-1_Ab1", "eu-west-1")).isEmpty();
        assertThat(CognitoIssuer.of("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab1/../x", "eu-west-1")).isEmpty();
        assertThat(CognitoIssuer.of("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab1?x=1", "eu-west-1")).isEmpty();
        assertThat(CognitoIssuer.of(null, "eu-west-1")).isEmpty();
        assertThat(CognitoIssuer.of("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab1", "")).isEmpty();
    }
}
