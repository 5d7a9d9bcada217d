package io.usdtcustody.custody.wiring;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.usdtcustody.custody.keyvault.port.KeyVault;
import io.usdtcustody.custody.signing.ReceiptSigner;
import jakarta.inject.Named;

/** The receipt signer, present with the hot vault; its key is created in the token at start. */
@Factory
@Requires(property = "hsm.hot.token")
public class SignerBeans {

    @Context
    ReceiptSigner receiptSigner(@Named("hot") KeyVault vault) {
        ReceiptSigner signer = new ReceiptSigner(vault);
        signer.ensureKey();
        return signer;
    }
}
