package io.usdtcustody.custody.keyvault.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.keyvault.DigestSignature;
import io.usdtcustody.custody.keyvault.KeyCurve;
import io.usdtcustody.custody.keyvault.KeyInfo;
import io.usdtcustody.custody.keyvault.KeyLabel;
import io.usdtcustody.custody.keyvault.KeyVaultContract;
import io.usdtcustody.custody.keyvault.SignatureChecks;
import io.usdtcustody.custody.keyvault.port.KeyVault;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import org.junit.jupiter.api.Test;

class InMemoryKeyVaultTest extends KeyVaultContract {
    private final InMemoryKeyVault vault = new InMemoryKeyVault(new SecureRandom());

    @Override
    protected KeyVault vault() {
        return vault;
    }

    /** RFC 6979 A.2.5, P-256 with SHA-256, message "sample": the published s is high, so the vault flips it. */
    @Test
    void signDigest_shouldMatchTheRfc6979VectorWithSNormalised_whenSigningSampleWithTheRfcKey() throws Exception {
        KeyInfo key = vault.importKey(KeyLabel.of("rfc6979-p256"), KeyCurve.P256,
                new BigInteger("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721", 16));
        byte[] message = "sample".getBytes(StandardCharsets.US_ASCII);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(message);

        DigestSignature signature = vault.signDigest(key.label(), digest);

        BigInteger publishedS = new BigInteger("F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8", 16);
        assertThat(signature.r()).isEqualTo(
                new BigInteger("EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716", 16));
        assertThat(signature.s()).isEqualTo(KeyCurve.P256.order().subtract(publishedS));
        Signature jca = Signature.getInstance("SHA256withECDSA");
        jca.initVerify(SignatureChecks.jcaPublicKey(key));
        jca.update(message);
        assertThat(jca.verify(signature.der())).isTrue();
    }

    @Test
    void toString_shouldNameTheVaultTestOnly_withoutKeyMaterial() {
        vault.generate(KeyLabel.of("printed"), KeyCurve.SECP256K1);

        assertThat(vault.toString()).contains("test only").doesNotContainPattern("[0-9a-f]{32}");
    }
}
