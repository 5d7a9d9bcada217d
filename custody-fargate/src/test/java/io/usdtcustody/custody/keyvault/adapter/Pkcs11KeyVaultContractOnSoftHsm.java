package io.usdtcustody.custody.keyvault.adapter;

import io.usdtcustody.custody.keyvault.KeyVaultContract;
import io.usdtcustody.custody.keyvault.port.KeyVault;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;

/** The {@link KeyVaultContract} on SoftHSM2's hot token; run by {@link Pkcs11KeyVaultIT} in the HSM process. */
class Pkcs11KeyVaultContractOnSoftHsm extends KeyVaultContract {
    private static Pkcs11KeyVault vault;

    @BeforeAll
    static void open() {
        SoftHsmEnvironment.assumePresent();
        vault = Pkcs11KeyVault.open(SoftHsmEnvironment.config(SoftHsmEnvironment.HOT), Clock.systemUTC());
    }

    @Override
    protected KeyVault vault() {
        return vault;
    }
}
