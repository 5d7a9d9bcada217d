package io.usdtcustody.custody.keyvault.adapter;

import io.usdtcustody.custody.keyvault.KeyVaultException;
import io.usdtcustody.custody.keyvault.port.PinSource;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * Token PINs from AWS Secrets Manager: the secret {@code <prefix><token label>} (one per token, e.g.
 * {@code usdt-prod-custody/hsm/usdt-hot}) holds the CloudHSM crypto-user login {@code <user>:<password>}. It is
 * fetched each time the vault logs in — at start and after the token dropped the session — so the PIN is never in
 * the task definition, the container environment or a field; the task role may read exactly these secrets, and
 * rotating the crypto user's password means updating the secret. What the SDK returns is a {@code String}, which
 * Java cannot wipe; the copy handed out is a fresh array the caller overwrites.
 *
 * <p>Not exercised against AWS here (no Secrets Manager emulator runs on this machine): unit-tested over the SDK
 * client interface; the local cloud uses {@link FilePinSource}.
 */
public final class SecretsManagerPinSource implements PinSource {
    /** The variable naming the secrets' common prefix, as the CDK services stack sets it. */
    public static final String PREFIX_VARIABLE = "HSM_PIN_SECRET_PREFIX";

    private final SecretsManagerClient secrets;
    private final String prefix;

    public SecretsManagerPinSource(SecretsManagerClient secrets, String prefix) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    /** The secret id of {@code tokenLabel}'s PIN. */
    public String secretId(String tokenLabel) {
        return prefix + tokenLabel;
    }

    @Override
    public char[] pin(String tokenLabel) {
        String value;
        try {
            value = secrets.getSecretValue(r -> r.secretId(secretId(tokenLabel))).secretString();
        } catch (ResourceNotFoundException e) {
            throw KeyVaultException.unavailable("no PIN secret for token " + tokenLabel, null);
        } catch (SdkException e) {
            // the SDK's message names the secret and the failure, never its value; keep only the type
            throw KeyVaultException.unavailable("the PIN secret of token " + tokenLabel + " cannot be read ("
                    + e.getClass().getSimpleName() + ")", null);
        }
        if (value == null || value.isBlank()) {
            throw KeyVaultException.unavailable("the PIN secret of token " + tokenLabel + " is empty", null);
        }
        return value.strip().toCharArray();
    }

    /**
     * The PIN source a service environment asks for: the local cloud's PIN file when {@code HSM_PIN_FILE} is set,
     * else Secrets Manager under {@code HSM_PIN_SECRET_PREFIX} (the client built only then).
     */
    public static PinSource fromEnvironment(Map<String, String> environment,
                                            java.util.function.Supplier<SecretsManagerClient> client) {
        if (environment.get(FilePinSource.FILE_VARIABLE) != null) {
            return FilePinSource.fromEnvironment(environment);
        }
        String prefix = environment.get(PREFIX_VARIABLE);
        if (prefix == null || prefix.isBlank()) {
            throw KeyVaultException.unavailable("neither " + FilePinSource.FILE_VARIABLE + " nor " + PREFIX_VARIABLE
                    + " is set: the HSM PINs have no source", null);
        }
        return new SecretsManagerPinSource(client.get(), prefix.strip());
    }
}
