package io.usdtcustody.localcloud.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.usdtcustody.localcloud.gateway.auth.ApiKeys;
import io.usdtcustody.localcloud.gateway.auth.Authenticator;
import io.usdtcustody.localcloud.gateway.jwt.IdentityProviderServer;
import io.usdtcustody.localcloud.gateway.jwt.LocalTokenIssuer;
import io.usdtcustody.localcloud.gateway.jwt.RemoteJwks;
import io.usdtcustody.localcloud.gateway.lambda.FunctionDeployment;
import io.usdtcustody.localcloud.gateway.lambda.LocalLambda;
import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.catalogue.FunctionSpec;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.jwt.JwksSource;
import io.usdtcustody.model.jwt.JwtVerifier;
import io.usdtcustody.model.tenancy.TenantId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API edge of the local cloud in one piece: the local identity provider (JWT issuer and JWKS), the gateway
 * verifying its tokens and the partner keys issued here, and the local Lambda running the functions. The
 * launcher starts it with the catalogue's API and functions; an integration test can start it with its own
 * function jars against its own cloud resources.
 */
public final class LocalGatewayStack implements AutoCloseable {
    /** The audience of local mobile tokens (the Cognito app client id in AWS). */
    public static final String LOCAL_AUDIENCE = "usdt-mobile-local";
    /** A JWT verified by the gateway may be this far off the gateway's clock. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final IdentityProviderServer idp;
    private final ApiKeys keys;
    private final LocalApiGateway gateway;
    private final List<PartnerCredential> issued = new ArrayList<>();

    /** A partner key issued by this gateway, with its value (shown to the operator once, written 0600). */
    public record PartnerCredential(String tenant, String keyId, String usagePlan, String apiKey) {
    }

    /**
     * What to serve and where: ports 0 pick free ones. Without {@code externalIssuer} the gateway accepts the local
     * identity provider's tokens; with it, tokens of that issuer (e.g. a real Cognito user pool), checked against
     * its JWKS URL or file.
     */
    public record Options(ApiSpec api, List<FunctionDeployment> functions, Map<String, URI> services, Path tether,
                          Path stateDir, int gatewayPort, int idpPort, int environmentsPerFunction,
                          Optional<ExternalIssuer> externalIssuer, Clock clock) {
    }

    /** An issuer other than the local one: its {@code iss}, its JWKS location, the audience to accept. */
    public record ExternalIssuer(String issuer, URI jwks, String audience) {
    }

    private LocalGatewayStack(IdentityProviderServer idp, ApiKeys keys, LocalApiGateway gateway) {
        this.idp = idp;
        this.keys = keys;
        this.gateway = gateway;
    }

    public static LocalGatewayStack start(Options options) {
        SecureRandom random = new SecureRandom();
        IdentityProviderServer idp = IdentityProviderServer.start(options.idpPort(), LOCAL_AUDIENCE,
                options.api().tenantClaim(), options.clock(), random);
        try {
            JwtVerifier verifier = options.externalIssuer()
                    .map(external -> new JwtVerifier(new RemoteJwks(external.jwks(), options.clock()),
                            Authenticator.bearerRequirements(external.issuer(), external.audience(), CLOCK_SKEW)))
                    .orElseGet(() -> new JwtVerifier(JwksSource.fixed(idp.issuer().keys()),
                            Authenticator.bearerRequirements(idp.issuer().issuer(), LOCAL_AUDIENCE, CLOCK_SKEW)));
            ApiKeys keys = new ApiKeys(options.api(), random);
            LocalLambda lambda = new LocalLambda(options.functions(), options.tether(), options.stateDir(),
                    options.environmentsPerFunction());
            GatewaySettings settings = new GatewaySettings(options.api(),
                    options.functions().stream().map(FunctionDeployment::spec).toList(), options.services(), "local",
                    GatewaySettings.API_GATEWAY_TIMEOUT, GatewaySettings.LAMBDA_PAYLOAD_BYTES,
                    GatewaySettings.API_GATEWAY_PAYLOAD_BYTES, options.clock());
            return new LocalGatewayStack(idp, keys, LocalApiGateway.start(options.gatewayPort(), settings, keys,
                    Optional.of(verifier), lambda));
        } catch (RuntimeException e) {
            idp.close();
            throw e;
        }
    }

    /**
     * Each catalogue function as {@code ./platform up} builds it ({@code functions/<name>/target/function-<name>.jar}),
     * named by {@code naming}, with the local cloud's environment and each service's URL as
     * {@code <SERVICE>_SERVICE_URL}.
     */
    public static List<FunctionDeployment> catalogueFunctions(Path repositoryRoot, List<FunctionSpec> functions,
                                                              ResourceNaming naming, Map<String, String> cloudEnvironment,
                                                              Map<String, URI> services) {
        Map<String, String> environment = new LinkedHashMap<>(cloudEnvironment);
        environment.put(ResourceNaming.ENVIRONMENT_VARIABLE, naming.prefix());
        services.forEach((name, url) -> environment.put(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_')
                + "_SERVICE_URL", url.toString()));
        return functions.stream().map(spec -> new FunctionDeployment(spec, naming.function(spec),
                List.of(FunctionDeployment.shadedJar(repositoryRoot, spec)), environment)).toList();
    }

    /** Issues a partner key for a tenant on a catalogue usage plan. */
    public synchronized PartnerCredential issuePartnerKey(String keyId, TenantId tenant, String usagePlan) {
        PartnerCredential credential = new PartnerCredential(tenant.value(), keyId, usagePlan,
                keys.issue(keyId, tenant, usagePlan));
        issued.add(credential);
        return credential;
    }

    public String url() {
        return gateway.endpoint();
    }

    /** The partner keys issued so far, in order. */
    public synchronized List<PartnerCredential> issuedKeys() {
        return List.copyOf(issued);
    }

    public LocalApiGateway gateway() {
        return gateway;
    }

    public LocalTokenIssuer tokens() {
        return idp.issuer();
    }

    public String identityProviderUrl() {
        return idp.url();
    }

    /**
     * Writes {@code gateway.json} (owner-only: it holds the issued keys): the gateway URL, the issuer, how to get a
     * token, and the partner keys, so people and scripts can call the API of a running local cloud.
     */
    public synchronized Path writeCredentials(Path stateDir) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("url", url());
        document.put("issuer", idp.issuer().issuer());
        document.put("jwks", idp.url() + "/.well-known/jwks.json");
        document.put("tokenUrl", idp.url() + "/tokens");
        document.put("audience", LOCAL_AUDIENCE);
        document.put("partnerKeys", List.copyOf(issued));
        Path file = stateDir.resolve("gateway.json");
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            JSON.writeValue(file.toFile(), document);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public void close() {
        gateway.close();
        idp.close();
    }
}
