package io.usdtcustody.functions.authorizer;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Objects;

/**
 * The Lambda entry point of the API Gateway {@code REQUEST} authorizer on both REST APIs: reads the event, lets
 * {@link RequestAuthorizer} decide, logs one line, and answers with a policy ({@link PolicyResponse}), or fails
 * with {@code Unauthorized} (API Gateway's 401) or with a fault (500, not cached). Built once per execution
 * environment, with no framework and no network at initialisation, so cold starts and SnapStart snapshots stay
 * small, and with a SnapStart priming hook ({@link AuthorizerPriming}); the second constructor takes its
 * collaborators for tests.
 */
public final class AuthorizerHandler implements RequestStreamHandler {
    /** The exact message API Gateway turns into a 401 instead of a 500. */
    static final String UNAUTHORIZED = "Unauthorized";
    private static final int MAX_EVENT_BYTES = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RequestAuthorizer authorizer;
    @SuppressWarnings({"unused", "FieldCanBeLocal"}) // held so the CRaC context (weak references) keeps the hook
    private final AuthorizerPriming priming;

    public AuthorizerHandler() {
        this(RequestAuthorizer.fromEnvironment(System.getenv(), Clock.systemUTC()));
    }

    AuthorizerHandler(RequestAuthorizer authorizer) {
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        this.priming = AuthorizerPriming.register(this);
    }

    /** The SnapStart priming hook registered for this handler ({@link AuthorizerPriming}). */
    AuthorizerPriming priming() {
        return priming;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        byte[] event = input.readNBytes(MAX_EVENT_BYTES + 1);
        AuthorizerRequest request;
        try {
            if (event.length > MAX_EVENT_BYTES) {
                throw new IllegalArgumentException("event too large");
            }
            request = AuthorizerRequest.parse(JSON.readTree(event));
        } catch (IOException | IllegalArgumentException e) {
            context.getLogger().log("{\"level\":\"ERROR\",\"message\":\"authorizer decision\",\"decision\":\"FAULT\","
                    + "\"reason\":\"NOT_AN_AUTHORIZER_EVENT\"}");
            throw new AuthorizerFault("NOT_AN_AUTHORIZER_EVENT");
        }
        Decision decision = authorizer.decide(request);
        context.getLogger().log(DecisionLog.line(decision, request, JSON));
        if (decision instanceof Decision.Unauthorized) {
            throw new AuthorizerFault(UNAUTHORIZED);
        }
        if (decision instanceof Decision.Fault fault) {
            throw new AuthorizerFault(fault.reason());
        }
        JSON.writeValue(output, PolicyResponse.of(decision, request.methodArn(), JSON));
    }

    /** Fails the invocation with a fixed message (no stack trace, nothing from the request). */
    static final class AuthorizerFault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AuthorizerFault(String message) {
            super(message, null, false, false);
        }
    }
}
