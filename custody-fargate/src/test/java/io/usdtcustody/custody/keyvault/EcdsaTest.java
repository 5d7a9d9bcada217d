package io.usdtcustody.custody.keyvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.usdtcustody.model.errors.ErrorCode;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EcdsaTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @ParameterizedTest
    @EnumSource(KeyCurve.class)
    void lowS_shouldReplaceSWithNMinusS_whenSIsAboveHalfTheOrder(KeyCurve curve) {
        BigInteger n = curve.order();

        assertThat(Ecdsa.lowS(curve, n.subtract(BigInteger.ONE))).isEqualTo(BigInteger.ONE);
        assertThat(Ecdsa.lowS(curve, curve.halfOrder().add(BigInteger.ONE))).isEqualTo(curve.halfOrder());
    }

    @ParameterizedTest
    @EnumSource(KeyCurve.class)
    void lowS_shouldKeepS_whenSIsAtMostHalfTheOrder(KeyCurve curve) {
        assertThat(Ecdsa.lowS(curve, curve.halfOrder())).isEqualTo(curve.halfOrder());
        assertThat(Ecdsa.lowS(curve, BigInteger.ONE)).isEqualTo(BigInteger.ONE);
    }

    @ParameterizedTest
    @EnumSource(KeyCurve.class)
    void finish_shouldNormaliseSAndFindTheRecoveryIdOfTheSigner_whenGivenRawSignatures(KeyCurve curve) {
        for (int i = 0; i < 50; i++) {
            Signer signer = new Signer(curve);
            byte[] digest = randomDigest();
            BigInteger[] rs = signer.sign(digest);

            DigestSignature signature = Ecdsa.finish(curve, rs[0], rs[1], digest, signer.publicKey());

            assertThat(signature.s()).isLessThanOrEqualTo(curve.halfOrder())
                    .isIn(rs[1], curve.order().subtract(rs[1]));
            assertThat(signature.recoveryId()).isBetween(0, 1);
            assertThat(Ecdsa.recover(curve, signature.recoveryId(), signature.r(), signature.s(), digest))
                    .isEqualTo(signer.publicKey());
            if (curve == KeyCurve.SECP256K1) {
                assertThat(SignatureChecks.web3jRecover(signature, digest)).isEqualTo(signer.publicKey());
            }
        }
    }

    @Test
    void recoveryId_shouldFlip_whenSIsReplacedByNMinusS() {
        KeyCurve curve = KeyCurve.SECP256K1;
        Signer signer = new Signer(curve);
        byte[] digest = randomDigest();
        BigInteger[] rs = signer.sign(digest);

        int one = Ecdsa.recoveryId(curve, rs[0], rs[1], digest, signer.publicKey());
        int other = Ecdsa.recoveryId(curve, rs[0], curve.order().subtract(rs[1]), digest, signer.publicKey());

        assertThat(one + other).isEqualTo(1);
    }

    @Test
    void finish_shouldRefuse_whenTheSignatureIsFromAnotherKey() {
        KeyCurve curve = KeyCurve.SECP256K1;
        byte[] digest = randomDigest();
        BigInteger[] rs = new Signer(curve).sign(digest);

        KeyVaultException refused = catchThrowableOfType(KeyVaultException.class,
                () -> Ecdsa.finish(curve, rs[0], rs[1], digest, new Signer(curve).publicKey()));

        assertThat(refused.errorCode()).isEqualTo(ErrorCode.INTERNAL);
    }

    @Test
    void finish_shouldAcceptTheDerAnHsmReturns_andItsDerShouldVerifyInJca() throws Exception {
        KeyCurve curve = KeyCurve.P256;
        Signer signer = new Signer(curve);
        byte[] digest = randomDigest();
        BigInteger[] rs = signer.sign(digest);
        byte[] hsmDer = new DigestSignature(curve, rs[0], Ecdsa.lowS(curve, rs[1]), 0).der();

        DigestSignature signature = Ecdsa.finish(curve, hsmDer, digest, signer.publicKey());

        KeyInfo key = new KeyInfo(KeyLabel.of("der"), curve, signer.publicKey());
        assertThat(SignatureChecks.jcaVerifiesDer(key, digest, signature.der())).isTrue();
        assertThat(Ecdsa.parseDer(signature.der())).containsExactly(signature.r(), signature.s());
    }

    @Test
    void parseDer_shouldRefuse_whenTheBytesAreNotASequenceOfTwoIntegers() {
        assertThatThrownBy(() -> Ecdsa.parseDer(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ecdsa.parseDer(new byte[] {1, 2, 3})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requireDigest_shouldRefuse_whenTheDigestIsNot32Bytes() {
        for (byte[] wrong : new byte[][] {null, new byte[0], new byte[20], new byte[64]}) {
            KeyVaultException invalid = catchThrowableOfType(KeyVaultException.class, () -> Ecdsa.requireDigest(wrong));
            assertThat(invalid.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        }
    }

    private static byte[] randomDigest() {
        byte[] digest = new byte[32];
        RANDOM.nextBytes(digest);
        return digest;
    }

    /** A software key and BouncyCastle's ECDSA with random k, as raw material for the tests. */
    private static final class Signer {
        private final ECDomainParameters domain;
        private final AsymmetricCipherKeyPair pair;

        Signer(KeyCurve curve) {
            domain = new ECDomainParameters(curve.parameters());
            ECKeyPairGenerator generator = new ECKeyPairGenerator();
            generator.init(new ECKeyGenerationParameters(domain, RANDOM));
            pair = generator.generateKeyPair();
        }

        byte[] publicKey() {
            return ((ECPublicKeyParameters) pair.getPublic()).getQ().getEncoded(false);
        }

        BigInteger[] sign(byte[] digest) {
            ECDSASigner signer = new ECDSASigner();
            signer.init(true, new org.bouncycastle.crypto.params.ParametersWithRandom(
                    (ECPrivateKeyParameters) pair.getPrivate(), RANDOM));
            return signer.generateSignature(digest);
        }
    }
}
