package io.usdtcustody.functions.kyc.secrets;

import java.util.Map;

/**
 * Secret settings as plain environment variables: how the local cloud hands the sandbox vendor's token and
 * secret to the function. Not used in AWS, where the stack sets only {@code <NAME>_SECRET_ARN}.
 */
public final class EnvironmentSecrets implements SecretSource {
    private final Map<String, String> environment;

    public EnvironmentSecrets(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String secret(String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set (neither " + name + ARN_SUFFIX + " nor " + name + ")");
        }
        return value.strip();
    }
}
