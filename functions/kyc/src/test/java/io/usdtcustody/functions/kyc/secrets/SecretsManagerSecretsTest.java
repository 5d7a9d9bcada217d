package io.usdtcustody.functions.kyc.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.functions.kyc.KycConfiguration;
import io.usdtcustody.model.kyc.WebhookSecret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/** Over the SDK client interface: no Secrets Manager runs on this machine (see {@link SecretsManagerSecrets}). */
class SecretsManagerSecretsTest {
    private static final String TOKEN_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:usdt-prod-kyc-vendor-api-token-AbCdEf";
    private static final String WEBHOOK_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:usdt-prod-kyc-vendor-webhook-secret-GhIjKl";
    private static final String TOKEN = "vendor-token-7f3a9c";
    private static final String WEBHOOK = WebhookSecret.generate(new SplittableRandom(7)).toBase64();

    private final List<String> asked = new ArrayList<>();

    @Test
    void secret_shouldReadTheSecretOfTheNamedSettingByArn_whenTheStackNamesIt() {
        SecretSource secrets = new SecretsManagerSecrets(client(Map.of(TOKEN_ARN, " " + TOKEN + "\n")),
                Map.of(KycConfiguration.VENDOR_API_TOKEN, TOKEN_ARN));

        assertThat(secrets.secret(KycConfiguration.VENDOR_API_TOKEN)).isEqualTo(TOKEN);
        assertThat(asked).containsExactly(TOKEN_ARN);
    }

    @Test
    void secret_shouldFailNamingTheSettingButNeverAValue_whenMissingEmptyOrDenied() {
        SecretSource missing = new SecretsManagerSecrets(client(Map.of()), Map.of("A", TOKEN_ARN));
        SecretSource empty = new SecretsManagerSecrets(client(Map.of(TOKEN_ARN, " ")), Map.of("A", TOKEN_ARN));
        SecretSource denied = new SecretsManagerSecrets(new RecordedClient(request -> {
            throw SecretsManagerException.builder().message("AccessDenied; value " + TOKEN).build();
        }), Map.of("A", TOKEN_ARN));

        assertThatThrownBy(() -> missing.secret("A")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("A").hasMessageContaining("does not exist");
        assertThatThrownBy(() -> empty.secret("A")).hasMessageContaining("empty");
        assertThatThrownBy(() -> denied.secret("A")).hasMessageContaining("cannot be read")
                .hasMessageNotContaining(TOKEN).hasMessageNotContaining("AccessDenied");
        assertThatThrownBy(() -> missing.secret("B")).hasMessageContaining("B has no secret");
    }

    @Test
    void fromEnvironment_shouldReadBothVendorSecretsFromSecretsManager_whenOnlyTheirArnsAreInTheEnvironment() {
        Map<String, String> environment = Map.of(KycConfiguration.VENDOR_NAME, "idvendor",
                KycConfiguration.VENDOR_URL, "https://api.idvendor.example",
                KycConfiguration.VENDOR_API_TOKEN + SecretSource.ARN_SUFFIX, TOKEN_ARN,
                KycConfiguration.WEBHOOK_SECRET + SecretSource.ARN_SUFFIX, WEBHOOK_ARN);
        SecretsManagerClient client = client(Map.of(TOKEN_ARN, TOKEN, WEBHOOK_ARN, WEBHOOK));

        KycConfiguration configuration = KycConfiguration.from(environment,
                SecretSource.fromEnvironment(environment, () -> client));

        assertThat(configuration.vendorApiToken()).isEqualTo(TOKEN);
        assertThat(configuration.webhookSecret().toBase64()).isEqualTo(WEBHOOK);
        assertThat(asked).containsExactlyInAnyOrder(TOKEN_ARN, WEBHOOK_ARN);
        assertThat(configuration.toString()).doesNotContain(TOKEN, WEBHOOK);
    }

    @Test
    void fromEnvironment_shouldTakeThePlainVariablesAndBuildNoClient_whenNoArnIsSet() {
        Map<String, String> environment = Map.of(KycConfiguration.VENDOR_API_TOKEN, TOKEN);

        SecretSource secrets = SecretSource.fromEnvironment(environment, () -> {
            throw new AssertionError("no Secrets Manager client without an ARN");
        });

        assertThat(secrets.secret(KycConfiguration.VENDOR_API_TOKEN)).isEqualTo(TOKEN);
        assertThatThrownBy(() -> secrets.secret(KycConfiguration.WEBHOOK_SECRET))
                .hasMessageContaining("KYC_VENDOR_WEBHOOK_SECRET_SECRET_ARN");
    }

    private SecretsManagerClient client(Map<String, String> values) {
        return new RecordedClient(request -> {
            asked.add(request.secretId());
            String value = values.get(request.secretId());
            if (value == null) {
                throw ResourceNotFoundException.builder().message("Secrets Manager can't find the specified secret.").build();
            }
            return GetSecretValueResponse.builder().arn(request.secretId()).secretString(value).build();
        });
    }

    /** The SDK client interface answering GetSecretValue as given; every other operation is the SDK's default. */
    private static final class RecordedClient implements SecretsManagerClient {
        private final Function<GetSecretValueRequest, GetSecretValueResponse> answer;

        RecordedClient(Function<GetSecretValueRequest, GetSecretValueResponse> answer) {
            this.answer = answer;
        }

        @Override
        public GetSecretValueResponse getSecretValue(GetSecretValueRequest request) {
            return answer.apply(request);
        }

        @Override
        public String serviceName() {
            return SERVICE_NAME;
        }

        @Override
        public void close() {
        }
    }
}
