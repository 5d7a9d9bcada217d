package io.usdtcustody.custody.wiring;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.usdtcustody.custody.keyvault.adapter.Pkcs11Config;
import io.usdtcustody.custody.keyvault.adapter.Pkcs11KeyVault;
import io.usdtcustody.custody.keyvault.adapter.SecretsManagerPinSource;
import io.usdtcustody.custody.keyvault.port.PinSource;
import io.usdtcustody.custody.keyvault.port.KeyVault;
import io.usdtcustody.custody.wallet.HotWallets;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The hot key vault, present when an HSM token is configured ({@code HSM_HOT_TOKEN}, {@code PKCS11_LIBRARY},
 * the PIN source). The hot wallets' keys are created in it at start, so a custody that cannot reach its HSM
 * fails to start instead of failing its first withdrawal.
 */
@Factory
@Requires(property = "hsm.hot.token")
public class KeyVaultBeans {

    /** PINs from the local cloud's file, or in AWS from Secrets Manager at each login. */
    @Singleton
    PinSource pinSource() {
        return SecretsManagerPinSource.fromEnvironment(System.getenv(), SecretsManagerClient::create);
    }

    @Singleton
    @Named("hot")
    KeyVault hotVault(PinSource pins, Clock clock) {
        return Pkcs11KeyVault.open(Pkcs11Config.fromEnvironment(System.getenv(), "HSM_HOT_TOKEN", pins), clock);
    }

    @Context
    HotWallets hotWallets(@Named("hot") KeyVault vault) {
        HotWallets wallets = new HotWallets(vault);
        wallets.ensureKeys();
        return wallets;
    }
}
