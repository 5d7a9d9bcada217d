package io.usdtcustody.infra.api;

import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.ClientAttributes;
import software.amazon.awscdk.services.cognito.FeaturePlan;
import software.amazon.awscdk.services.cognito.Mfa;
import software.amazon.awscdk.services.cognito.MfaSecondFactor;
import software.amazon.awscdk.services.cognito.PasswordPolicy;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.StandardAttributesMask;
import software.amazon.awscdk.services.cognito.StringAttribute;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.constructs.Construct;

/**
 * Who mobile customers are in AWS: a Cognito user pool whose users carry their tenant in an immutable custom
 * attribute (so ID tokens carry the catalogue's tenant claim, {@code custom:tenant_id}), an app client for the
 * mobile backend-for-frontend that may read but never write that attribute. The edge's request authorizer checks
 * the pool's ID tokens ({@link #issuerUrl()}, audience = the app client) and reads the tenant from them. Users are created by onboarding, not by self sign-up, so a tenant is always set.
 */
public final class MobileIdentity extends Construct {
    private final UserPool users;
    private final UserPoolClient app;

    public MobileIdentity(Construct scope, String id, String name, String tenantClaim) {
        super(scope, id);
        if (!tenantClaim.startsWith("custom:")) {
            throw new IllegalArgumentException("Cognito writes custom attributes as custom:<name> claims: " + tenantClaim);
        }
        String tenantAttribute = tenantClaim.substring("custom:".length());
        this.users = UserPool.Builder.create(this, "Users")
                .userPoolName(name)
                .selfSignUpEnabled(false)
                .signInAliases(SignInAliases.builder().email(true).build())
                .customAttributes(Map.of(tenantAttribute, StringAttribute.Builder.create()
                        .minLen(1).maxLen(40).mutable(false).build()))
                .mfa(Mfa.OPTIONAL)
                .mfaSecondFactor(MfaSecondFactor.builder().otp(true).sms(false).build())
                .passwordPolicy(PasswordPolicy.builder().minLength(12).requireDigits(true).requireLowercase(true)
                        .requireUppercase(true).requireSymbols(false).build())
                .accountRecovery(AccountRecovery.EMAIL_ONLY)
                .featurePlan(FeaturePlan.ESSENTIALS)
                .deletionProtection(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        this.app = users.addClient("MobileApp", UserPoolClientOptions.builder()
                .userPoolClientName(name + "-mobile")
                .generateSecret(false)
                .authFlows(AuthFlow.builder().userSrp(true).build())
                .preventUserExistenceErrors(true)
                .idTokenValidity(Duration.hours(1))
                .accessTokenValidity(Duration.hours(1))
                .refreshTokenValidity(Duration.days(30))
                .readAttributes(new ClientAttributes()
                        .withStandardAttributes(StandardAttributesMask.builder().email(true).emailVerified(true).build())
                        .withCustomAttributes(tenantAttribute))
                .writeAttributes(new ClientAttributes()
                        .withStandardAttributes(StandardAttributesMask.builder().email(true).build()))
                .build());
    }

    /** The issuer of the pool's tokens, {@code https://cognito-idp.<region>.amazonaws.com/<pool id>}. */
    public String issuerUrl() {
        return "https://" + users.getUserPoolProviderUrl();
    }

    public UserPool users() {
        return users;
    }

    public UserPoolClient app() {
        return app;
    }
}
