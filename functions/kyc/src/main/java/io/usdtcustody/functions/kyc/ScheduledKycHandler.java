package io.usdtcustody.functions.kyc;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.usdtcustody.functions.common.Lazy;
import io.usdtcustody.model.json.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The KYC jobs Lambda ({@code ResourceCatalogue.KYC_SCHEDULED}, the kyc jar with its own handler): EventBridge
 * events in, the run's counts out and in one log line ({@link ScheduledJobs}). Built on first invocation, not at
 * init, so a SnapStart snapshot holds no client, secret or clock reading; a failed run throws, so EventBridge's
 * asynchronous invocation retries it (every job is idempotent).
 */
public final class ScheduledKycHandler implements RequestStreamHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledKycHandler.class);

    private final Supplier<ScheduledJobs> jobs;
    private final JsonCodec codec = new JsonCodec();

    /** Lambda's constructor: the jobs as configured by the function's environment. */
    public ScheduledKycHandler() {
        this(new Lazy<>(ScheduledKycWiring::fromEnvironment));
    }

    /** For tests and the local cloud: the given jobs. */
    public ScheduledKycHandler(Supplier<ScheduledJobs> jobs) {
        this.jobs = jobs;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        long started = System.nanoTime();
        Map<String, Object> report = jobs.get().handle(codec.readTree(input.readAllBytes()));
        LOG.info("kyc job done in {} ms: {}", (System.nanoTime() - started) / 1_000_000,
                new String(codec.write(report), StandardCharsets.UTF_8));
        output.write(codec.write(report));
    }
}
