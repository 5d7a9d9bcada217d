package io.usdtcustody.custody.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.keyvault.KeyCurve;
import io.usdtcustody.custody.keyvault.adapter.InMemoryKeyVault;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReceiptSignerTest {
    private final InMemoryKeyVault vault = new InMemoryKeyVault(new java.security.SecureRandom());
    private final ReceiptSigner signer = new ReceiptSigner(vault);

    @Test
    void sign_shouldProduceAnEs256SignatureThatTheJdkVerifies_overTheReceiptDigest() throws Exception {
        byte[] receipt = "{\"receiptId\":\"r-1\",\"amount\":\"25.000000\"}".getBytes(StandardCharsets.UTF_8);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(receipt);

        ReceiptSigner.ReceiptSignature signature = signer.sign(digest);

        assertThat(signature.keyLabel()).isEqualTo("receipts-1");
        assertThat(signature.rs()).hasSize(64);
        assertThat(vault.publicKey(io.usdtcustody.custody.keyvault.KeyLabel.of("receipts-1")).orElseThrow().curve())
                .isEqualTo(KeyCurve.P256);
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(jdkKey(signature.publicKey()));
        verifier.update(receipt);
        assertThat(verifier.verify(signature.rs())).isTrue();
    }

    @Test
    void sign_shouldRefuseADigestThatIsNot32Bytes() {
        assertThatThrownBy(() -> signer.sign(new byte[31])).isInstanceOf(PlatformException.class)
                .extracting("errorCode").isEqualTo(ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void ensureKey_shouldKeepOneKey_whenCalledAgain() {
        assertThat(signer.ensureKey()).isEqualTo(signer.ensureKey());
    }

    private static PublicKey jdkKey(byte[] uncompressed) throws Exception {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
        return KeyFactory.getInstance("EC").generatePublic(
                new ECPublicKeySpec(point, parameters.getParameterSpec(ECParameterSpec.class)));
    }
}
