package io.usdtcustody.custody.wiring;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.usdtcustody.custody.keyvault.adapter.FilePinSource;
import io.usdtcustody.custody.keyvault.adapter.Pkcs11Config;
import io.usdtcustody.custody.keyvault.adapter.Pkcs11KeyVault;
import io.usdtcustody.custody.keyvault.port.KeyVault;
import io.usdtcustody.custody.wallet.HotWallets;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;

/**
 * The hot key vault, present when an HSM token is configured ({@code HSM_HOT_TOKEN}, {@code PKCS11_LIBRARY},
 * the PIN source). The hot wallets' keys are created in it at start, so a custody that cannot reach its HSM
 * fails to start instead of failing its first withdrawal.
 */
@Factory
@Requires(property = "hsm.hot.token")
public class KeyVaultBeans {

    @Singleton
    @Named("hot")
    KeyVault hotVault(Clock clock) {
        Map<String, String> env = System.getenv();
        return Pkcs11KeyVault.open(Pkcs11Config.fromEnvironment(env, "HSM_HOT_TOKEN", FilePinSource.fromEnvironment(env)), clock);
    }

    @Context
    HotWallets hotWallets(@Named("hot") KeyVault vault) {
        HotWallets wallets = new HotWallets(vault);
        wallets.ensureKeys();
        return wallets;
    }
}
