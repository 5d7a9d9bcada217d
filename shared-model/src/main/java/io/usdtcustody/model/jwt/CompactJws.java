package io.usdtcustody.model.jwt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;

/**
 * Makes compact JWS tokens ({@code header.payload.signature}): the signing side of {@link JwtVerifier}, for an
 * identity provider that issues tokens (the local one) and for tests that craft tokens, valid or not.
 */
public final class CompactJws {
    private CompactJws() {
    }

    /** Signs exactly the given header and claims with {@code key}; nothing is added or checked. */
    public static String sign(ObjectNode header, ObjectNode claims, PrivateKey key, JwsAlgorithm algorithm) {
        String signingInput = Base64Url.encode(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + Base64Url.encode(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature signer = Signature.getInstance(algorithm.jcaName());
            signer.initSign(key);
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64Url.encode(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + algorithm, e);
        }
    }
}
