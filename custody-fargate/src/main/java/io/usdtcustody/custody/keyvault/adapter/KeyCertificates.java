package io.usdtcustody.custody.keyvault.adapter;

import io.usdtcustody.custody.keyvault.KeyLabel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * The self-signed X.509 certificate stored next to each private key. SunPKCS11's key store lists a private key
 * only together with a certificate of the same {@code CKA_ID}, and reads the public key from it; the
 * certificate is a container, not a trust anchor. It is signed by the key itself, {@code ecdsa-with-SHA256}:
 * the SHA-256 is computed here and only the raw signature comes from the HSM. Built from bcprov's ASN.1
 * classes, so no {@code bcpkix} dependency.
 */
final class KeyCertificates {
    /** RFC 5280's "no well-defined expiration date". */
    private static final Instant NOT_AFTER = Instant.parse("9999-12-31T23:59:59Z");

    private KeyCertificates() {
    }

    /** Signs a 32-byte digest with the new key and returns the DER signature. */
    @FunctionalInterface
    interface DigestSigner {
        byte[] sign(byte[] digest) throws GeneralSecurityException;
    }

    /**
     * A certificate for {@code publicKey}, named {@code CN=<label>}, signed by {@code signer} (the key itself).
     */
    static X509Certificate selfSigned(KeyLabel label, PublicKey publicKey, Instant notBefore, DigestSigner signer)
            throws GeneralSecurityException {
        AlgorithmIdentifier algorithm = new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
        X500Name name = new X500Name("CN=" + label.value());
        V3TBSCertificateGenerator generator = new V3TBSCertificateGenerator();
        generator.setSerialNumber(new ASN1Integer(serialNumber(label, notBefore)));
        generator.setSignature(algorithm);
        generator.setIssuer(name);
        generator.setSubject(name);
        generator.setStartDate(new Time(Date.from(notBefore)));
        generator.setEndDate(new Time(Date.from(NOT_AFTER)));
        generator.setSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(publicKey.getEncoded()));
        TBSCertificate toBeSigned = generator.generateTBSCertificate();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(toBeSigned.getEncoded(ASN1Encoding.DER));
            ASN1EncodableVector certificate = new ASN1EncodableVector(3);
            certificate.add(toBeSigned);
            certificate.add(algorithm);
            certificate.add(new DERBitString(signer.sign(digest)));
            byte[] encoded = new DERSequence(certificate).getEncoded(ASN1Encoding.DER);
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(encoded));
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot encode the key's certificate", e);
        }
    }

    /** Positive, at most 16 bytes, distinct per label and creation time. */
    private static BigInteger serialNumber(KeyLabel label, Instant notBefore) throws GeneralSecurityException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(label.value().getBytes(StandardCharsets.US_ASCII));
        sha256.update(notBefore.toString().getBytes(StandardCharsets.US_ASCII));
        return new BigInteger(1, Arrays.copyOf(sha256.digest(), 16));
    }
}
