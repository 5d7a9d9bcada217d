package io.usdtcustody.functions.kyc.secrets;

import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Where the function's secret settings come from (the vendor's API token and webhook secret), by setting name. In
 * AWS the stack sets {@code <NAME>_SECRET_ARN} and the value is read from Secrets Manager ({@link
 * SecretsManagerSecrets}); without that variable (the local cloud, tests) the value is the variable {@code <NAME>}
 * itself. A missing or unreadable secret fails with the setting's name, never a value.
 */
@FunctionalInterface
public interface SecretSource {
    /** Suffix of the variable naming the Secrets Manager secret of a setting (as the CDK functions stack sets it). */
    String ARN_SUFFIX = "_SECRET_ARN";

    /** The secret's value, stripped; never blank. */
    String secret(String name);

    /**
     * Secrets Manager for each setting whose {@code <NAME>_SECRET_ARN} is set, the environment for the others; the
     * client is built only when a setting needs it.
     */
    static SecretSource fromEnvironment(Map<String, String> environment, Supplier<SecretsManagerClient> client) {
        SecretSource plain = new EnvironmentSecrets(environment);
        return name -> {
            String arn = environment.get(name + ARN_SUFFIX);
            return arn == null || arn.isBlank() ? plain.secret(name)
                    : new SecretsManagerSecrets(client.get(), Map.of(name, arn.strip())).secret(name);
        };
    }
}
