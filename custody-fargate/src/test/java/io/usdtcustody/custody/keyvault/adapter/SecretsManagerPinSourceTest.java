package io.usdtcustody.custody.keyvault.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.keyvault.KeyVaultException;
import io.usdtcustody.custody.keyvault.port.PinSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/** Over the SDK client interface: no Secrets Manager runs on this machine (see the class's doc comment). */
class SecretsManagerPinSourceTest {
    private static final String PIN = "cu_custody:s3cret-Pa55";

    private final List<String> asked = new ArrayList<>();

    @Test
    void pin_shouldReadTheTokensOwnSecret_atEachLogin() {
        PinSource pins = new SecretsManagerPinSource(client(Map.of("usdt-prod-custody/hsm/usdt-hot", PIN)),
                "usdt-prod-custody/hsm/");

        assertThat(pins.pin("usdt-hot")).containsExactly(PIN.toCharArray());
        assertThat(pins.pin("usdt-hot")).containsExactly(PIN.toCharArray());
        assertThat(asked).containsExactly("usdt-prod-custody/hsm/usdt-hot", "usdt-prod-custody/hsm/usdt-hot");
    }

    @Test
    void pin_shouldFailWithoutThePin_whenTheSecretIsMissingOrUnreadable() {
        PinSource missing = new SecretsManagerPinSource(client(Map.of()), "p/");
        assertThatThrownBy(() -> missing.pin("usdt-cold")).isInstanceOf(KeyVaultException.class)
                .hasMessageContaining("usdt-cold");

        PinSource denied = new SecretsManagerPinSource(new FakeClient(r -> {
            throw SecretsManagerException.builder().message("AccessDenied for " + PIN).build();
        }), "p/");
        assertThatThrownBy(() -> denied.pin("usdt-hot")).isInstanceOf(KeyVaultException.class)
                .hasMessageNotContaining(PIN).hasMessageNotContaining("s3cret");
    }

    @Test
    void fromEnvironment_shouldPreferTheLocalPinFile_andElseNeedThePrefix() {
        assertThat(SecretsManagerPinSource.fromEnvironment(Map.of("HSM_PIN_FILE", "/tmp/pins"), () -> {
            throw new AssertionError("no client is built when the PIN file is configured");
        })).isInstanceOf(FilePinSource.class);
        assertThat(SecretsManagerPinSource.fromEnvironment(Map.of("HSM_PIN_SECRET_PREFIX", "p/"), () -> client(Map.of())))
                .isInstanceOf(SecretsManagerPinSource.class);
        assertThatThrownBy(() -> SecretsManagerPinSource.fromEnvironment(Map.of(), () -> client(Map.of())))
                .isInstanceOf(KeyVaultException.class).hasMessageContaining("HSM_PIN_SECRET_PREFIX");
    }

    private SecretsManagerClient client(Map<String, String> values) {
        return new FakeClient(request -> {
            asked.add(request.secretId());
            String value = values.get(request.secretId());
            if (value == null) {
                throw ResourceNotFoundException.builder().message("not found").build();
            }
            return GetSecretValueResponse.builder().secretString(value).build();
        });
    }

    /** The one SDK call the source makes, answered in memory. */
    private record FakeClient(java.util.function.Function<GetSecretValueRequest, GetSecretValueResponse> answer)
            implements SecretsManagerClient {
        @Override
        public GetSecretValueResponse getSecretValue(GetSecretValueRequest request) {
            return answer.apply(request);
        }

        @Override
        public String serviceName() {
            return "secretsmanager";
        }

        @Override
        public void close() {
        }
    }
}
