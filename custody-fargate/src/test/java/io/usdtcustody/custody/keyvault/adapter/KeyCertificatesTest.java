package io.usdtcustody.custody.keyvault.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.keyvault.KeyLabel;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KeyCertificatesTest {

    @Test
    void selfSigned_shouldCarryThePublicKeyAndVerifyWithIt_whenTheSignerSignsTheSha256Digest() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        Instant created = Instant.parse("2026-11-25T10:00:00Z");

        X509Certificate certificate = KeyCertificates.selfSigned(KeyLabel.of("receipts-1"), pair.getPublic(), created,
                digest -> {
                    assertThat(digest).hasSize(32);
                    Signature raw = Signature.getInstance("NONEwithECDSA");
                    raw.initSign(pair.getPrivate());
                    raw.update(digest);
                    return raw.sign();
                });

        certificate.verify(pair.getPublic());
        assertThat(certificate.getPublicKey()).isEqualTo(pair.getPublic());
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=receipts-1");
        assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(certificate.getNotBefore().toInstant()).isEqualTo(created);
    }
}
