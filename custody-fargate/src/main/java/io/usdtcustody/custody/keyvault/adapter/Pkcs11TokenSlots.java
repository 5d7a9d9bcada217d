package io.usdtcustody.custody.keyvault.adapter;

import io.usdtcustody.custody.keyvault.KeyVaultException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the slot holding a token by the token's label, through the JDK's own PKCS#11 wrapper (the JNI layer
 * under SunPKCS11, see {@link Pkcs11Module}). JDK 17's SunPKCS11 configuration knows slots only by id or list
 * position, and SoftHSM2 gives each token a random slot id, so the label is the only stable name.
 *
 * <p>The wrapper is JDK-internal: this needs {@code --add-exports=jdk.crypto.cryptoki/}{@value #WRAPPER}
 * {@code =ALL-UNNAMED}.
 */
final class Pkcs11TokenSlots {
    static final String WRAPPER = Pkcs11Module.WRAPPER;
    static final String ADD_EXPORTS = "--add-exports=jdk.crypto.cryptoki/" + WRAPPER + "=ALL-UNNAMED";

    private Pkcs11TokenSlots() {
    }

    /** Whether this JVM lets us use the wrapper. */
    static boolean wrapperAccessible() {
        return ModuleLayer.boot().findModule("jdk.crypto.cryptoki")
                .map(module -> module.isExported(WRAPPER, Pkcs11TokenSlots.class.getModule()))
                .orElse(false);
    }

    /** The slot id of the one initialised token labelled {@code tokenLabel}. */
    static long slotOf(Path library, String tokenLabel) {
        if (!wrapperAccessible()) {
            throw KeyVaultException.unavailable("finding token " + tokenLabel + " by label needs the JVM option "
                    + ADD_EXPORTS + "; or configure the slot list index", null);
        }
        Pkcs11Module module = Pkcs11Module.of(library);
        List<Long> matches = new ArrayList<>();
        try {
            for (long slot : module.slotList(true)) {
                if (module.tokenLabel(slot).equals(tokenLabel)) {
                    matches.add(slot);
                }
            }
        } catch (Pkcs11Module.Pkcs11CallException e) {
            throw KeyVaultException.unavailable("the PKCS#11 library cannot list its tokens", e);
        }
        if (matches.size() != 1) {
            throw KeyVaultException.unavailable(matches.isEmpty() ? "no token labelled " + tokenLabel
                    : "more than one token labelled " + tokenLabel, null);
        }
        return matches.get(0);
    }

    /**
     * The slot id of {@code config}'s token: by label, or the entry at {@code slotListIndex} of the list of all
     * slots, which is how SunPKCS11 reads that setting.
     */
    static long slotId(Pkcs11Config config) {
        if (config.slotListIndex().isEmpty()) {
            return slotOf(config.library(), config.tokenLabel());
        }
        int index = config.slotListIndex().getAsInt();
        try {
            long[] slots = Pkcs11Module.of(config.library()).slotList(false);
            if (index >= slots.length) {
                throw KeyVaultException.unavailable("slot list index " + index + " is beyond the library's "
                        + slots.length + " slots", null);
            }
            return slots[index];
        } catch (Pkcs11Module.Pkcs11CallException e) {
            throw KeyVaultException.unavailable("the PKCS#11 library cannot list its slots", e);
        }
    }
}
