package io.usdtcustody.custody.keyvault.adapter;

import io.usdtcustody.custody.keyvault.KeyVaultException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the slot holding a token by the token's label, through the JDK's own PKCS#11 wrapper (the JNI layer
 * under SunPKCS11). JDK 17's SunPKCS11 configuration knows slots only by id or list position, and SoftHSM2
 * gives each token a random slot id, so the label is the only stable name.
 *
 * <p>The wrapper is JDK-internal: this needs {@code --add-exports=jdk.crypto.cryptoki/}{@value #WRAPPER}
 * {@code =ALL-UNNAMED}. The library is initialised the way SunPKCS11 does it ({@code CKF_OS_LOCKING_OK}), so a
 * provider configured afterwards shares one correctly initialised module.
 */
final class Pkcs11TokenSlots {
    static final String WRAPPER = "sun.security.pkcs11.wrapper";
    static final String ADD_EXPORTS = "--add-exports=jdk.crypto.cryptoki/" + WRAPPER + "=ALL-UNNAMED";
    private static final long CKF_OS_LOCKING_OK = 0x2L;

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
        List<Long> matches = new ArrayList<>();
        try {
            Class<?> pkcs11 = Class.forName(WRAPPER + ".PKCS11");
            Class<?> initArgsType = Class.forName(WRAPPER + ".CK_C_INITIALIZE_ARGS");
            Object initArgs = initArgsType.getConstructor().newInstance();
            initArgsType.getField("flags").setLong(initArgs, CKF_OS_LOCKING_OK);
            Object module = pkcs11.getMethod("getInstance", String.class, String.class, initArgsType, boolean.class)
                    .invoke(null, library.toString(), "C_GetFunctionList", initArgs, false);
            Method tokenInfo = pkcs11.getMethod("C_GetTokenInfo", long.class);
            for (long slot : (long[]) pkcs11.getMethod("C_GetSlotList", boolean.class).invoke(module, true)) {
                Object info = tokenInfo.invoke(module, slot);
                char[] label = (char[]) info.getClass().getField("label").get(info);
                if (new String(label).strip().equals(tokenLabel)) {
                    matches.add(slot);
                }
            }
        } catch (InvocationTargetException e) {
            throw KeyVaultException.unavailable("the PKCS#11 library cannot list its tokens", e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw KeyVaultException.unavailable("the PKCS#11 library cannot list its tokens", e);
        }
        if (matches.size() != 1) {
            throw KeyVaultException.unavailable(matches.isEmpty() ? "no token labelled " + tokenLabel
                    : "more than one token labelled " + tokenLabel, null);
        }
        return matches.get(0);
    }
}
