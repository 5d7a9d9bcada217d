package io.usdtcustody.functions.common.telemetry;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.event.Level;

/**
 * Hands out {@link JsonLogger}s. The level comes from {@code POWERTOOLS_LOG_LEVEL} (as with Powertools) or
 * {@code AWS_LAMBDA_LOG_LEVEL}, INFO by default; libraries (the AWS SDK, the EMF writer) log at WARN at most
 * verbose, so a function's log is its own story.
 */
final class JsonLoggerFactory implements ILoggerFactory {
    private static final String[] LIBRARIES = {"software.amazon.awssdk", "software.amazon.cloudwatchlogs",
            "software.amazon.lambda.powertools"};

    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
    private final Level level;
    private final JsonLogWriter writer;
    private final Clock clock;

    JsonLoggerFactory(Level level, JsonLogWriter writer, Clock clock) {
        this.level = level;
        this.writer = writer;
        this.clock = clock;
    }

    static Level levelFrom(Map<String, String> environment) {
        String text = environment.getOrDefault("POWERTOOLS_LOG_LEVEL", environment.get("AWS_LAMBDA_LOG_LEVEL"));
        if (text == null) {
            return Level.INFO;
        }
        try {
            return Level.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Level.INFO;
        }
    }

    @Override
    public Logger getLogger(String name) {
        return loggers.computeIfAbsent(name, n -> new JsonLogger(n, levelFor(n), writer, clock));
    }

    private Level levelFor(String name) {
        for (String library : LIBRARIES) {
            if (name.startsWith(library)) {
                return level.toInt() > Level.WARN.toInt() ? level : Level.WARN;
            }
        }
        return level;
    }
}
