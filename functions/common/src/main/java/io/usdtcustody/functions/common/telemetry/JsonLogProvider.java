package io.usdtcustody.functions.common.telemetry;

import java.time.Clock;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The functions' SLF4J backend: structured JSON lines on stdout (CloudWatch Logs in Lambda), found by SLF4J
 * through {@code META-INF/services}. It stands in for Powertools' log4j2 logging module, which does the same job
 * but costs 2.3 MB of a 15 MB function (log4j-core alone 1.7 MB) and pushes the onboarding function over that
 * budget; see the README ("Logging and metrics") for the measurements. Field names follow Powertools' layout.
 */
public final class JsonLogProvider implements SLF4JServiceProvider {
    private ILoggerFactory loggers;
    private IMarkerFactory markers;
    private MDCAdapter mdc;

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        markers = new BasicMarkerFactory();
        mdc = new BasicMDCAdapter();
        loggers = new JsonLoggerFactory(JsonLoggerFactory.levelFrom(System.getenv()),
                JsonLogWriter.stdout(System.getenv()), Clock.systemUTC());
    }
}
