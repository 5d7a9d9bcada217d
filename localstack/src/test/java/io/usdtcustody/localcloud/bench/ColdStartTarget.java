package io.usdtcustody.localcloud.bench;

import io.usdtcustody.localcloud.gateway.lambda.FunctionDeployment;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One thing whose cold start the bench measures: a catalogue function, or one of the two baselines it is compared
 * with. {@code notMeasured} says why a function is only listed (no jar built, no handler class in it yet);
 * {@code artifactBytes} is the size of the deployment package, when there is one.
 */
record ColdStartTarget(String label, Role role, FunctionDeployment deployment, Path artifact, OptionalLong artifactBytes,
                       Optional<String> notMeasured, FirstRequest request) {

    /** What a target is for in the report. */
    enum Role {
        /** A handler that does nothing: the JVM and the runtime interface client alone. */
        FLOOR,
        /** One DynamoDB client and one read: what every function is compared with. */
        BASELINE,
        /** A catalogue function: judged against the baseline and the size limit. */
        FUNCTION
    }

    ColdStartTarget {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(artifactBytes, "artifactBytes");
        Objects.requireNonNull(notMeasured, "notMeasured");
        Objects.requireNonNull(request, "request");
    }

    boolean measured() {
        return notMeasured.isEmpty();
    }

    /** The name the local Lambda knows the deployment by. */
    String functionName() {
        return deployment.spec().name();
    }
}
