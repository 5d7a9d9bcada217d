package io.usdtcustody.custody.keyvault.adapter;

import io.usdtcustody.custody.keyvault.KeyVaultException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;

/**
 * The few raw PKCS#11 calls that SunPKCS11 has no JCA form for, made through the JDK's own PKCS#11 wrapper (the
 * JNI layer under SunPKCS11): listing slots by token label, and the whole life of a sweep's session key —
 * {@code C_CreateObject}, {@code C_Sign}, {@code C_DestroyObject} in a session of its own, so the key object
 * is gone when the call returns instead of whenever the garbage collector reaches a SunPKCS11 key.
 *
 * <p>The wrapper is JDK-internal, hence the reflection; it needs {@value Pkcs11TokenSlots#ADD_EXPORTS}
 * (the service jar's manifest carries it as {@code Add-Exports}). {@code PKCS11.getInstance} keeps one module per
 * library path and initialises it as SunPKCS11 does ({@code CKF_OS_LOCKING_OK}), so these calls share the
 * providers' module — and their login, which PKCS#11 holds per application.
 */
final class Pkcs11Module {
    static final String WRAPPER = "sun.security.pkcs11.wrapper";

    static final long CKA_CLASS = 0x0;
    static final long CKA_TOKEN = 0x1;
    static final long CKA_PRIVATE = 0x2;
    static final long CKA_LABEL = 0x3;
    static final long CKA_VALUE = 0x11;
    static final long CKA_KEY_TYPE = 0x100;
    static final long CKA_SENSITIVE = 0x103;
    static final long CKA_DECRYPT = 0x105;
    static final long CKA_UNWRAP = 0x107;
    static final long CKA_SIGN = 0x108;
    static final long CKA_DERIVE = 0x10C;
    static final long CKA_EXTRACTABLE = 0x162;
    static final long CKA_EC_PARAMS = 0x180;
    static final long CKO_PRIVATE_KEY = 0x3;
    static final long CKK_EC = 0x3;
    static final long CKM_ECDSA = 0x1041;
    private static final long CKF_RW_SESSION = 0x2;
    private static final long CKF_SERIAL_SESSION = 0x4;
    private static final long CKF_OS_LOCKING_OK = 0x2;

    /** One {@code CK_ATTRIBUTE}: a {@code Boolean}, {@code Long} or {@code byte[]} value, as the wrapper takes them. */
    record Attribute(long type, Object value) {
        static Attribute of(long type, boolean value) {
            return new Attribute(type, value);
        }

        static Attribute of(long type, long value) {
            return new Attribute(type, value);
        }
    }

    private final Object module;
    private final Class<?> attributeType;
    private final Constructor<?> attribute;
    private final Constructor<?> mechanism;
    private final Method getSlotList;
    private final Method getTokenInfo;
    private final Method openSession;
    private final Method closeSession;
    private final Method createObject;
    private final Method destroyObject;
    private final Method findObjectsInit;
    private final Method findObjects;
    private final Method findObjectsFinal;
    private final Method signInit;
    private final Method sign;

    private Pkcs11Module(Object module) throws ReflectiveOperationException {
        Class<?> pkcs11 = module.getClass();
        this.module = module;
        this.attributeType = Class.forName(WRAPPER + ".CK_ATTRIBUTE");
        Class<?> attributes = attributeType.arrayType();
        Class<?> mechanismType = Class.forName(WRAPPER + ".CK_MECHANISM");
        this.attribute = attributeType.getConstructor(long.class, Object.class);
        this.mechanism = mechanismType.getConstructor(long.class);
        this.getSlotList = pkcs11.getMethod("C_GetSlotList", boolean.class);
        this.getTokenInfo = pkcs11.getMethod("C_GetTokenInfo", long.class);
        this.openSession = pkcs11.getMethod("C_OpenSession", long.class, long.class, Object.class,
                Class.forName(WRAPPER + ".CK_NOTIFY"));
        this.closeSession = pkcs11.getMethod("C_CloseSession", long.class);
        this.createObject = pkcs11.getMethod("C_CreateObject", long.class, attributes);
        this.destroyObject = pkcs11.getMethod("C_DestroyObject", long.class, long.class);
        this.findObjectsInit = pkcs11.getMethod("C_FindObjectsInit", long.class, attributes);
        this.findObjects = pkcs11.getMethod("C_FindObjects", long.class, long.class);
        this.findObjectsFinal = pkcs11.getMethod("C_FindObjectsFinal", long.class);
        this.signInit = pkcs11.getMethod("C_SignInit", long.class, mechanismType, long.class);
        this.sign = pkcs11.getMethod("C_Sign", long.class, byte[].class);
    }

    /** The library's module, initialised the way SunPKCS11 initialises it (shared with every provider). */
    static Pkcs11Module of(Path library) {
        if (!Pkcs11TokenSlots.wrapperAccessible()) {
            throw KeyVaultException.unavailable("raw PKCS#11 calls need the JVM option "
                    + Pkcs11TokenSlots.ADD_EXPORTS, null);
        }
        try {
            Class<?> pkcs11 = Class.forName(WRAPPER + ".PKCS11");
            Class<?> initArgsType = Class.forName(WRAPPER + ".CK_C_INITIALIZE_ARGS");
            Object initArgs = initArgsType.getConstructor().newInstance();
            initArgsType.getField("flags").setLong(initArgs, CKF_OS_LOCKING_OK);
            Object module = pkcs11.getMethod("getInstance", String.class, String.class, initArgsType, boolean.class)
                    .invoke(null, library.toString(), "C_GetFunctionList", initArgs, false);
            return new Pkcs11Module(module);
        } catch (InvocationTargetException e) {
            throw KeyVaultException.unavailable("the PKCS#11 library cannot be loaded", e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw KeyVaultException.unavailable("the PKCS#11 library cannot be loaded", e);
        }
    }

    /** Slot ids, all of them or only those with a token (SunPKCS11's {@code slotListIndex} counts all). */
    long[] slotList(boolean tokenPresent) throws Pkcs11CallException {
        return (long[]) call(getSlotList, tokenPresent);
    }

    /** The label of the token in {@code slot}, without PKCS#11's blank padding. */
    String tokenLabel(long slot) throws Pkcs11CallException {
        Object info = call(getTokenInfo, slot);
        try {
            return new String((char[]) info.getClass().getField("label").get(info)).strip();
        } catch (ReflectiveOperationException e) {
            throw new Pkcs11CallException("C_GetTokenInfo", e);
        }
    }

    /** A read-write session on {@code slot}; the application's login applies to it. */
    long openSession(long slot) throws Pkcs11CallException {
        return (long) call(openSession, slot, CKF_SERIAL_SESSION | CKF_RW_SESSION, null, null);
    }

    /** Closes the session, which also destroys every session object created in it. */
    void closeSession(long session) throws Pkcs11CallException {
        call(closeSession, session);
    }

    long createObject(long session, List<Attribute> template) throws Pkcs11CallException {
        return (long) call(createObject, session, attributes(template));
    }

    void destroyObject(long session, long object) throws Pkcs11CallException {
        call(destroyObject, session, object);
    }

    /** Handles of the objects this application can see that match {@code template}, at most {@code max}. */
    long[] findObjects(long session, List<Attribute> template, int max) throws Pkcs11CallException {
        call(findObjectsInit, session, attributes(template));
        try {
            return (long[]) call(findObjects, session, (long) max);
        } finally {
            call(findObjectsFinal, session);
        }
    }

    /** {@code C_SignInit} + {@code C_Sign} of {@code data} with {@code key}, single part. */
    byte[] sign(long session, long mechanismType, long key, byte[] data) throws Pkcs11CallException {
        try {
            call(signInit, session, mechanism.newInstance(mechanismType), key);
        } catch (ReflectiveOperationException e) {
            throw new Pkcs11CallException("C_SignInit", e);
        }
        return (byte[]) call(sign, session, data);
    }

    private Object attributes(List<Attribute> template) throws Pkcs11CallException {
        Object array = java.lang.reflect.Array.newInstance(attributeType, template.size());
        try {
            for (int i = 0; i < template.size(); i++) {
                java.lang.reflect.Array.set(array, i,
                        attribute.newInstance(template.get(i).type(), template.get(i).value()));
            }
        } catch (ReflectiveOperationException e) {
            throw new Pkcs11CallException("CK_ATTRIBUTE", e);
        }
        return array;
    }

    private Object call(Method method, Object... arguments) throws Pkcs11CallException {
        try {
            return method.invoke(module, arguments);
        } catch (InvocationTargetException e) {
            throw new Pkcs11CallException(method.getName(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new Pkcs11CallException(method.getName(), e);
        }
    }

    /**
     * A failed PKCS#11 call; the cause is the wrapper's exception, whose message is the return code's name
     * (e.g. {@code CKR_USER_NOT_LOGGED_IN}) and never an argument.
     */
    static final class Pkcs11CallException extends Exception {
        private static final long serialVersionUID = 1L;

        Pkcs11CallException(String function, Throwable cause) {
            super(function + " failed" + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()),
                    cause);
        }
    }
}
