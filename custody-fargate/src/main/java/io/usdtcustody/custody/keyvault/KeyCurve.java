package io.usdtcustody.custody.keyvault;

import java.math.BigInteger;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.util.Optional;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;

/**
 * The curves the vault keeps keys on: secp256k1 for chain transactions (Ethereum, TRON, Omni) and P-256 for
 * approvals and receipts, which partners verify with stock JCA.
 */
public enum KeyCurve {
    SECP256K1("secp256k1"),
    P256("secp256r1");

    private final String standardName;
    private final X9ECParameters parameters;

    KeyCurve(String standardName) {
        this.standardName = standardName;
        this.parameters = CustomNamedCurves.getByName(standardName);
    }

    /** The SEC 2 name, as {@code ECGenParameterSpec} and SunPKCS11 know it. */
    public String standardName() {
        return standardName;
    }

    /** BouncyCastle's low-level domain parameters (curve, generator, order). */
    public X9ECParameters parameters() {
        return parameters;
    }

    /** The group order n. */
    public BigInteger order() {
        return parameters.getN();
    }

    /** {@code floor(n / 2)}: a low-s signature has {@code s <= halfOrder()}. */
    public BigInteger halfOrder() {
        return parameters.getN().shiftRight(1);
    }

    /** The curve of a JCA key's parameters, matched by field prime and order; empty for any other curve. */
    public static Optional<KeyCurve> of(ECParameterSpec spec) {
        if (!(spec.getCurve().getField() instanceof ECFieldFp field)) {
            return Optional.empty();
        }
        for (KeyCurve curve : values()) {
            if (curve.order().equals(spec.getOrder())
                    && curve.parameters.getCurve().getField().getCharacteristic().equals(field.getP())) {
                return Optional.of(curve);
            }
        }
        return Optional.empty();
    }
}
