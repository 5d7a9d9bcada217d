package io.usdtcustody.functions.authorizer.jwt;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;

/**
 * Fetches a JWKS with the JDK's {@link HttpURLConnection}: the lightest client to start in a Lambda, with bounded
 * connect and read timeouts, no redirects followed, and at most {@value #MAX_BYTES} bytes read.
 */
public final class UrlConnectionJwksFetcher implements JwksFetcher {
    public static final int MAX_BYTES = 64 * 1024;
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

    @Override
    public byte[] fetch(URI location) throws IOException {
        String scheme = location.getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new IOException("a JWKS is fetched over http(s)");
        }
        HttpURLConnection connection = (HttpURLConnection) location.toURL().openConnection();
        try {
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) READ_TIMEOUT.toMillis());
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setRequestProperty("Accept", "application/json");
            int status = connection.getResponseCode();
            if (status != HttpURLConnection.HTTP_OK) {
                throw new IOException("the JWKS endpoint answered " + status);
            }
            try (InputStream body = connection.getInputStream()) {
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new IOException("the JWKS is larger than " + MAX_BYTES + " bytes");
                }
                return bytes;
            }
        } finally {
            connection.disconnect();
        }
    }
}
