package io.usdtcustody.infra.functions;

import io.usdtcustody.infra.PlatformConfig;
import io.usdtcustody.model.catalogue.FunctionSpec;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.constructs.Construct;

/**
 * The functions' secrets ({@link FunctionSpec#secrets()}): one Secrets Manager secret per variable name, shared
 * by the functions that list it, created with a generated placeholder that an operator replaces with the vendor's
 * value (no value ever appears in a template), and kept when the stack goes. A function gets read access to exactly the secrets its spec lists, by ARN, and the
 * variable {@code <NAME>_SECRET_ARN}; it reads the value itself at init, so the value is never in its
 * environment (where the console and {@code GetFunctionConfiguration} would show it).
 */
final class FunctionSecrets {
    /** Suffix of the variable that tells a function where its secret {@code <NAME>} lives. */
    static final String ARN_SUFFIX = "_SECRET_ARN";

    private final Construct scope;
    private final PlatformConfig config;
    private final Map<String, ISecret> byVariable = new LinkedHashMap<>();

    FunctionSecrets(Construct scope, PlatformConfig config) {
        this.scope = scope;
        this.config = config;
    }

    /** Grants the function its secrets and returns the variables that name them. */
    Map<String, String> grant(CatalogueFunction function) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String variable : function.spec().secrets()) {
            ISecret secret = byVariable.computeIfAbsent(variable, this::create);
            secret.grantRead(function.function());
            environment.put(variable + ARN_SUFFIX, secret.getSecretArn());
        }
        return environment;
    }

    /** The secret holding {@code variable}'s value, e.g. {@code usdt-prod-kyc-vendor-api-token}. */
    ISecret secret(String variable) {
        return byVariable.get(variable);
    }

    private ISecret create(String variable) {
        return Secret.Builder.create(scope, "Secret-" + variable)
                .secretName(secretName(config, variable))
                .description(variable + " of the functions (" + config.environmentName() + "); set by an operator")
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    static String secretName(PlatformConfig config, String variable) {
        return config.physicalName(variable.toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
