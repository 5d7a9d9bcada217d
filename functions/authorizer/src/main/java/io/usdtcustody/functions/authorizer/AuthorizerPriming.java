package io.usdtcustody.functions.authorizer;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import io.usdtcustody.model.catalogue.AuthorizerContract;
import io.usdtcustody.model.catalogue.AuthorizerContract.AuthMethod;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;
import org.crac.Core;
import org.crac.Resource;

/**
 * The authorizer's SnapStart priming hook: before Lambda snapshots an initialised environment it sends one fixed
 * partner-stage {@code REQUEST} event through the handler — event parsing, the partner-key decision (its SHA-256
 * fingerprint), the decision log line and the policy document — so a restored environment starts with those
 * classes loaded and compiled. Only the partner path is primed: the mobile path would fetch Cognito's keys (a
 * connection), whose expiry is read from the clock. The event is a constant and its key is not a credential (API
 * Gateway, not the authorizer, checks keys; this one exists nowhere), the context has fixed values and discards
 * the log line, so the snapshot holds no time, random number, connection or request data. Outside SnapStart it
 * is registered and never called. The CRaC context holds hooks weakly: the handler keeps a reference.
 */
final class AuthorizerPriming implements Resource {
    /** A partner key of the right shape for a tenant that exists nowhere. */
    static final String PRIMING_KEY = "snapstart-priming." + "0".repeat(40);
    private static final String EVENT = """
            {"type":"REQUEST","methodArn":"arn:aws:execute-api:us-east-1:000000000000:priming/live/GET/v1/customers",
             "resource":"/v1/customers","path":"/v1/customers","httpMethod":"GET",
             "headers":{"x-api-key":"%1$s"},"multiValueHeaders":{"x-api-key":["%1$s"]},
             "stageVariables":{"%2$s":"%3$s"},
             "requestContext":{"requestId":"snapstart-priming","stage":"live","apiId":"priming"}}
            """.formatted(PRIMING_KEY, AuthorizerContract.AUTH_METHOD_VARIABLE, AuthMethod.API_KEY.name());

    private final AuthorizerHandler handler;

    private AuthorizerPriming(AuthorizerHandler handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /** Registers the hook for {@code handler}; the caller keeps the returned reference. */
    static AuthorizerPriming register(AuthorizerHandler handler) {
        AuthorizerPriming hook = new AuthorizerPriming(handler);
        Core.getGlobalContext().register(hook);
        return hook;
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        prime(line -> { });
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // nothing captured before the snapshot needs renewing
    }

    /** Runs the fixed event through the handler; {@code log} gets its log line. Returns the policy it wrote. */
    byte[] prime(Consumer<String> log) {
        ByteArrayOutputStream policy = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(EVENT.getBytes(StandardCharsets.UTF_8)), policy,
                    new PrimingContext(log));
        } catch (IOException e) {
            throw new UncheckedIOException("priming the authorizer", e);
        }
        return policy.toByteArray();
    }

    /** A Lambda context of constants, whose logger hands lines to {@code log}. */
    private record PrimingContext(Consumer<String> log) implements Context {
        @Override
        public String getAwsRequestId() {
            return "snapstart-priming";
        }

        @Override
        public String getLogGroupName() {
            return "";
        }

        @Override
        public String getLogStreamName() {
            return "";
        }

        @Override
        public String getFunctionName() {
            return "authorizer";
        }

        @Override
        public String getFunctionVersion() {
            return "";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "";
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getRemainingTimeInMillis() {
            return 0;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 0;
        }

        @Override
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                @Override
                public void log(String message) {
                    log.accept(message);
                }

                @Override
                public void log(byte[] message) {
                    log.accept(new String(message, StandardCharsets.UTF_8));
                }
            };
        }
    }
}
