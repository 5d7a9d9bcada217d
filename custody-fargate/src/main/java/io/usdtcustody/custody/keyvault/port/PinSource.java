package io.usdtcustody.custody.keyvault.port;

/**
 * Where the PIN of an HSM token comes from, read when the vault logs in (at start and after the token logged
 * the session out), never kept in a field, never logged.
 *
 * <p>Locally: {@link io.usdtcustody.custody.keyvault.adapter.FilePinSource}, the 0600 file the local cloud
 * writes ({@code HSM_PIN_FILE}). In AWS: an adapter over Secrets Manager ({@code GetSecretValue} of one secret
 * per token, e.g. {@code usdt/<stage>/hsm/<token>}, whose value is the CloudHSM crypto-user login
 * {@code <CU user name>:<password>}), with the task role allowed to read exactly those secrets and the secret
 * rotated together with the crypto user's password. Not implemented yet.
 */
@FunctionalInterface
public interface PinSource {

    /**
     * The PIN of {@code tokenLabel} as a fresh array, which the caller overwrites once it has logged in.
     *
     * @throws io.usdtcustody.custody.keyvault.KeyVaultException {@code UNAVAILABLE} when there is no PIN for the
     *         token; the message never contains a PIN
     */
    char[] pin(String tokenLabel);
}
